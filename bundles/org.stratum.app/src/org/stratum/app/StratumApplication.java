package org.stratum.app;

import java.io.File;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Stratum RCP application: picks the workspace, then runs the workbench with
 * {@link StratumWorkbenchAdvisor}.
 */
public class StratumApplication implements IApplication {

	/** Workspace used when the user gives no {@code -data}: one per user, beside their home. */
	static final String DEFAULT_WORKSPACE = "stratum-workspace";

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			if (!ensureInstanceLocation()) {
				return IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new StratumWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * Sets the workspace to ~/stratum-workspace when none was chosen, and locks it so that two
	 * workbenches never write one workspace at once.
	 */
	private static boolean ensureInstanceLocation() throws Exception {
		Location instance = Platform.getInstanceLocation();
		if (instance == null) {
			return true;
		}
		if (!instance.isSet()) {
			File dir = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE);
			dir.mkdirs();
			instance.set(new URL("file", null, dir.getAbsolutePath()), false);
		}
		if (!instance.isLocked() && !instance.lock()) {
			System.err.println("Stratum: the workspace " + instance.getURL().getFile()
					+ " is in use by another Stratum; start with -data <another folder>.");
			return false;
		}
		return true;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
