package org.stratum.app;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.stratum.ui.StratumPerspective;

/**
 * Workbench life cycle of Stratum: opens the Stratum perspective on the workspace root, gives the
 * Project Explorer the IDE's resource adapters and images, and saves the workspace on exit.
 */
public class StratumWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// Resources shown in Project Explorer, Properties and Problems need the IDE's adapters.
		IDE.registerAdapters();
		declareIdeImages(configurer);
	}

	/** The IDE application declares these; without them projects show no icon in Project Explorer. */
	private static void declareIdeImages(IWorkbenchConfigurer configurer) {
		configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT, ideImage("prj_obj.png"), true);
		configurer.declareImage(IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, ideImage("cprj_obj.png"), true);
	}

	private static ImageDescriptor ideImage(String name) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		return ImageDescriptor.createFromURL(FileLocator.find(ide, IPath.fromOSString("icons/full/obj16/" + name)));
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return StratumPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StratumWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		org.stratum.ui.help.FirstSteps.showIfNew();
		SmokeRun.scheduleIfRequested(getWorkbenchConfigurer().getWorkbench());
	}

	@Override
	public void postShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		super.postShutdown();
	}
}
