package org.stratum.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > (a Stratum page): shows the page named by the command's {@code page} parameter in the Stratum Help view. */
public final class ShowHelpHandler extends AbstractHandler {

	/** The command's id and its parameter (plugin.xml). */
	public static final String COMMAND = "org.stratum.ui.help.show";
	public static final String PAGE = "org.stratum.ui.help.page";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HelpPage page = HelpPage.valueOf(event.getParameter(PAGE));
		try {
			StratumHelpView view = (StratumHelpView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(StratumHelpView.ID);
			view.show(page);
		} catch (PartInitException e) {
			throw new ExecutionException("the Stratum Help view cannot be shown: " + e.getMessage(), e);
		}
		return null;
	}
}
