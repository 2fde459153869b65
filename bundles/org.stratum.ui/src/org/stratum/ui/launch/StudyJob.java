package org.stratum.ui.launch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.cli.FitCommand;
import org.stratum.engine.cli.SweepCommand;
import org.stratum.engine.fit.FitCancelledException;
import org.stratum.engine.fit.FitFailedException;
import org.stratum.engine.fit.FitResult;
import org.stratum.engine.fit.FitRunner;
import org.stratum.engine.study.SweepRunner;
import org.stratum.engine.study.SweepTable;
import org.stratum.ui.preferences.StratumPreferences;

/**
 * A sweep or a fit of a .stratum file run as an Eclipse Job, with the engine {@code stratum sweep} and
 * {@code stratum fit} use: progress in the Progress view (a sweep's points, a fit's simulations; Cancel stops a sweep
 * between points, and the next run resumes it, and a fit at once, writing nothing), the report in a console of its own, the results folder refreshed, and the sweep's
 * table or the fit's overlay opened when it ends.
 */
public final class StudyJob extends Job {

	/** What a study job runs. */
	public enum Kind {
		SWEEP("Sweep"), FIT("Fit");

		/** The word menus and titles use. */
		private final String title;

		Kind(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}

		/** The word the language writes ("sweep", "fit"). */
		public String word() {
			return title.toLowerCase(Locale.ROOT);
		}
	}

	private static final String PLUGIN = "org.stratum.ui";

	private final IFile file;
	private final Kind kind;
	private final String name;
	private final IFolder output;

	/** Runs the named sweep or fit of the file (as saved) into its project's results folder (the preferences'). */
	public StudyJob(IFile file, Kind kind, String name) {
		this(file, kind, name, file.getProject().getFolder(StratumPreferences.outputFolder()));
	}

	/** Runs the named sweep or fit of the file (as saved) into the output folder. */
	public StudyJob(IFile file, Kind kind, String name, IFolder output) {
		super(kind.title() + " " + name);
		this.file = file;
		this.kind = kind;
		this.name = name;
		this.output = output;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == SimulationJob.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		MessageConsole console = SimulationJob.console(kind.word() + " " + name + " (" + file.getName() + ")");
		try (MessageConsoleStream stream = console.newMessageStream()) {
			PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			out.println(kind.title() + " " + name + " of " + file.getFullPath());
			out.flush();
			IStatus status = study(out, monitor);
			if (status.getSeverity() == IStatus.ERROR) {
				out.println(status.getMessage());
				out.flush();
			}
			return status;
		} catch (IOException e) {
			return error("the console of " + name + " could not be written: " + e.getMessage());
		} finally {
			monitor.done();
		}
	}

	private IStatus study(PrintWriter out, IProgressMonitor monitor) {
		try {
			XtextResource resource = SimulationJob.parse(file);
			List<String> errors = SimulationJob.errors(file, resource, 0);
			if (!errors.isEmpty()) {
				return error(file.getName() + " has errors; nothing was run. Fix the marked lines first:\n" + String.join("\n", errors));
			}
			EObject chosen = element(resource);
			if (chosen == null) {
				return error(file.getName() + " has no " + kind.word() + " '" + name + "'");
			}
			if (!output.exists()) {
				SimulationLaunchDelegate.ensure(output, null);
			}
			Path root = output.getLocation().toFile().toPath();
			IFile opened;
			long start = System.nanoTime();
			if (chosen instanceof Sweep sweep) {
				SweepRunner.Result result = sweep(sweep, root, monitor);
				SweepCommand.printReport(out, sweep, result);
				opened = output.getFolder(name).getFile(SweepTable.FILE);
				if (result.cancelled()) {
					refresh();
					return Status.CANCEL_STATUS;
				}
			} else {
				monitor.beginTask("Fitting " + name, IProgressMonitor.UNKNOWN);
				FitResult result = FitRunner.run((Fit) chosen, root, n -> monitor.subTask(n + " simulations"), monitor::isCanceled);
				FitCommand.print(out, (Fit) chosen, result, (System.nanoTime() - start) / 1e9);
				opened = output.getFolder(name).getFolder("plots").getFile("overlay.png");
			}
			refresh();
			open(opened);
			return Status.OK_STATUS;
		} catch (FitCancelledException e) {
			out.println(e.getMessage());
			out.flush();
			return Status.CANCEL_STATUS;
		} catch (EngineException | FitFailedException e) {
			return error(name + ": " + e.getMessage());
		} catch (IOException e) {
			return error("the results of " + name + " could not be written to " + output.getFullPath() + ": " + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** Runs the sweep on every core, one tick per point. */
	private SweepRunner.Result sweep(Sweep sweep, Path root, IProgressMonitor monitor) throws IOException {
		int[] ticked = { -1 };
		return SweepRunner.run(sweep, root, Runtime.getRuntime().availableProcessors(), p -> {
			if (ticked[0] < 0) {
				monitor.beginTask("Sweep " + name, p.total());
				ticked[0] = 0;
			}
			monitor.worked(p.finished() - ticked[0]);
			ticked[0] = p.finished();
			monitor.subTask(p.describe(name, 0));
		}, monitor::isCanceled);
	}

	private EObject element(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return null;
		}
		Class<?> type = kind == Kind.SWEEP ? Sweep.class : Fit.class;
		return model.getElements().stream().filter(e -> type.isInstance(e) && name.equals(e.getName())).findFirst().orElse(null);
	}

	private void refresh() throws CoreException {
		output.refreshLocal(IResource.DEPTH_ZERO, null);
		output.getFolder(name).refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	/** Opens the sweep's table or the fit's overlay in the workbench, when there is one. */
	private static void open(IFile result) {
		if (!PlatformUI.isWorkbenchRunning() || !result.exists()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), result);
			} catch (PartInitException e) {
				Platform.getLog(StudyJob.class).log(e.getStatus()); // the results stay in the folder, and the console names them
			}
		});
	}

	private static IStatus error(String message) {
		return new Status(IStatus.ERROR, PLUGIN, message);
	}
}
