package org.stratum.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

/**
 * Stratum's user guide, language reference and tutorial, read in the workbench (Help menu). The Eclipse help system
 * would show them in Help Contents, but it serves pages from a Jetty web application (org.eclipse.help.webapp) and
 * shows them in a browser: an SWT Browser, which needs WebKitGTK, or an external one, and these machines have
 * neither. This view shows the same Markdown pages with the forms toolkit's FormText, which needs no browser.
 */
public final class StratumHelpView extends ViewPart {

	public static final String ID = "org.stratum.ui.views.help";

	private FormToolkit toolkit;
	private ScrolledForm form;
	private FormText text;
	private Combo pages;
	private HelpPage shown;
	/** The FormText markup shown. */
	private String markup;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.getBody().setLayout(new GridLayout(1, false));
		pages = new Combo(form.getBody(), SWT.READ_ONLY);
		for (HelpPage p : HelpPage.values()) {
			pages.add(p.title());
		}
		pages.addListener(SWT.Selection, e -> show(HelpPage.values()[pages.getSelectionIndex()]));
		text = toolkit.createFormText(form.getBody(), true);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setFont(MarkdownFormText.HEADER, JFaceResources.getHeaderFont());
		text.setFont(MarkdownFormText.CODE, JFaceResources.getTextFont());
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				for (HelpPage p : HelpPage.values()) {
					if (p.path().endsWith(String.valueOf(e.getHref()))) {
						show(p);
					}
				}
			}
		});
		show(HelpPage.TUTORIAL);
	}

	/** Shows a page. */
	public void show(HelpPage page) {
		shown = page;
		pages.select(page.ordinal());
		form.setText(page.title());
		markup = MarkdownFormText.convert(read(page));
		text.setText(markup, true, false);
		form.reflow(true);
		form.setOrigin(0, 0);
	}

	/** The page shown. */
	public HelpPage shown() {
		return shown;
	}

	/** The text shown, as the reader sees it (without markup). */
	public String shownText() {
		return markup.replaceAll("<br/>", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
				.replace("&amp;", "&");
	}

	/** A page's Markdown from the bundle. */
	static String read(HelpPage page) {
		URL url = FileLocator.find(FrameworkUtil.getBundle(StratumHelpView.class), new org.eclipse.core.runtime.Path(page.path()));
		if (url == null) {
			throw new IllegalStateException(page.path() + " is missing from the org.stratum.ui bundle (build.properties must include help/)");
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(page.path() + " of the org.stratum.ui bundle cannot be read", e);
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		toolkit.dispose();
		super.dispose();
	}
}
