package org.stratum.ui.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.stratum.ui.preferences.StratumPreferences;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.cli.RunCommand;
import org.stratum.engine.results.FrontFrames;
import org.stratum.solver.program.RunResult;
import org.stratum.ui.dsl.StratumLanguage;
import org.stratum.ui.views.LiveFrontView;

/**
 * One simulation run as an Eclipse Job: the same engine as {@code stratum run} ({@link SimulationRunner}) writing the
 * same results folder, with progress in the Progress view, Cancel (the partial result is kept and marked), the run
 * log in a console of its own, a front model's frames in the Dendrite Front (live) view as they are taken, and the
 * results folder refreshed in the workspace when the run ends.
 */
public final class SimulationJob extends Job {

	/** The family of every simulation job, for waiting on or cancelling them all. */
	public static final Object FAMILY = new Object();
	private static final String PLUGIN = "org.stratum.ui";
	private static final int TICKS = 1000;

	private final IFile file;
	private final String simulation;
	private final IFolder output;
	private final List<String> overrides;

	/** The name the cell with the launch's overrides is declared under, in memory only. */
	static final String OVERRIDDEN = "LaunchOverrides";

	public SimulationJob(IFile file, String simulation, IFolder output) {
		this(file, simulation, output, List.of());
	}

	/** A run whose cell takes these overrides (variations as after a stack declaration's 'with'). */
	public SimulationJob(IFile file, String simulation, IFolder output, List<String> overrides) {
		super("Simulating " + simulation);
		this.file = file;
		this.simulation = simulation;
		this.output = output;
		this.overrides = List.copyOf(overrides);
		setJobGroup(group());
		setUser(true); // no scheduling rule: the project stays editable and several runs go at once; the refresh takes its own
	}

	/** The group every run joins: at most the preferences' number of runs go at once, the rest wait their turn. */
	private static synchronized JobGroup group() {
		int width = StratumPreferences.parallelRuns();
		if (group == null || group.getMaxThreads() != width || group.getState() == JobGroup.NONE) {
			group = new JobGroup("Stratum simulations", width, 0);
		}
		return group;
	}

	private static JobGroup group;

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		MessageConsole console = console(simulation + " (" + file.getName() + ")");
		try (MessageConsoleStream out = console.newMessageStream()) {
			out.println("Simulating " + simulation + " of " + file.getFullPath());
			IStatus status = simulate(out, monitor);
			if (status.getSeverity() == IStatus.ERROR) {
				out.println(status.getMessage());
			}
			return status;
		} catch (IOException e) {
			return error("the console of " + simulation + " could not be written: " + e.getMessage());
		} finally {
			monitor.done();
		}
	}

	/** The run itself; what goes wrong is a status whose message says what to fix. */
	private IStatus simulate(MessageConsoleStream out, IProgressMonitor monitor) {
		Simulation chosen = null; // the engine refuses only a chosen simulation, whose declaration the marker then names
		try {
			monitor.beginTask("Simulating " + simulation, TICKS);
			String text = text(file);
			XtextResource resource = StratumLanguage.parse(file, text);
			List<String> errors = errors(file, resource, 0);
			if (!errors.isEmpty()) {
				return error(file.getName() + " has errors; nothing was simulated. Fix the marked lines first:\n" + String.join("\n", errors));
			}
			chosen = simulations(resource).stream().filter(s -> s.getName().equals(simulation)).findFirst().orElse(null);
			if (chosen == null) {
				return error(file.getName() + " has no simulation '" + simulation + "'; edit the launch configuration (Run > Run Configurations...)");
			}
			if (!overrides.isEmpty()) {
				XtextResource overridden = StratumLanguage.parse(file, withOverrides(text, chosen));
				List<String> problems = errors(file, overridden, (int) text.lines().count());
				if (!problems.isEmpty()) {
					return error("the launch configuration's overrides of " + simulation + " have errors; fix them in Run > Run Configurations...:\n"
							+ String.join("\n", problems));
				}
				chosen = withOverriddenCell(overridden);
				out.println("with overrides: " + String.join(", ", overrides));
			}
			EngineMarkers.clear(file, simulation);
			int[] done = { 0 };
			long start = System.nanoTime();
			Consumer<FrontFrames.Taken> frames = chosen.getModel() instanceof FrontModel && PlatformUI.isWorkbenchRunning()
					? LiveFrontView.follower(simulation, PlatformUI.getWorkbench().getDisplay())
					: frame -> {
					};
			SimulationRunner.Outcome outcome = SimulationRunner.run(chosen, output.getLocation().toFile().toPath(), progress -> {
				int ticks = (int) Math.round(Math.max(0, Math.min(1, progress.fraction())) * TICKS);
				if (ticks > done[0]) {
					monitor.worked(ticks - done[0]);
					monitor.subTask(String.format(java.util.Locale.ROOT, "simulated %.2f h, cycle %d", org.stratum.engine.results.ResultUnits.HOUR.fromSI(progress.time()), progress.cycle()));
					done[0] = ticks;
				}
			}, frames, monitor::isCanceled);
			RunCommand.printSummary(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), simulation, outcome,
					(System.nanoTime() - start) / 1e9);
			refresh(outcome.folder()); // also after Cancel: the partial result must show
			return outcome.result().status() == RunResult.Status.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (EngineException e) {
			try {
				IFile marked = EngineMarkers.mark(chosen, file, e);
				return error(e.getMessage() + "\n(marked in " + marked.getFullPath() + ": see the Problems view)");
			} catch (CoreException notMarked) {
				return error(e.getMessage() + "\n(it could not be marked: " + notMarked.getMessage() + ")");
			}
		} catch (IOException e) {
			return error("the results of " + simulation + " could not be written to " + output.getFullPath() + ": " + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	private static IStatus error(String message) {
		return new Status(IStatus.ERROR, PLUGIN, message);
	}

	/** Makes the results folder visible in Project Explorer. */
	private void refresh(Path folder) throws CoreException {
		IResource written = output.getFolder(folder.getFileName().toString());
		output.refreshLocal(IResource.DEPTH_ZERO, null);
		written.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	/** The file as saved, parsed beside its project's other .stratum files. */
	static XtextResource parse(IFile file) throws CoreException {
		return StratumLanguage.parse(file, text(file));
	}

	static String text(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, PLUGIN, file.getFullPath() + " cannot be read: " + e.getMessage()));
		}
	}

	/** The file's text with the overridden cell declared after it (in memory: the file is not changed). */
	private String withOverrides(String text, Simulation original) {
		return text + "\nstack " + OVERRIDDEN + " = " + original.getCell().getName() + " with " + String.join(", ", overrides) + ";\n";
	}

	/** The simulation of a text parsed with its overrides, its cell replaced by the overridden declaration. */
	private Simulation withOverriddenCell(XtextResource resource) {
		Simulation chosen = simulations(resource).stream().filter(s -> s.getName().equals(simulation)).findFirst().orElseThrow();
		((Model) resource.getContents().get(0)).getElements().stream().filter(e -> e instanceof StackDeclaration d && OVERRIDDEN.equals(d.getName()))
				.map(StackDeclaration.class::cast).findFirst().ifPresent(chosen::setCell);
		return chosen;
	}

	/**
	 * The error problems of a parsed file from line {@code after + 1} on: the file's own as "file:line: message" when
	 * {@code after} is 0, the overrides declared after the file's text as "override: message" otherwise.
	 */
	static List<String> errors(IFile file, XtextResource resource, int after) {
		List<String> errors = new ArrayList<>();
		for (Issue issue : StratumLanguage.validate(resource)) {
			if (issue.getSeverity() == Severity.ERROR && issue.getLineNumber() > after) {
				errors.add(after == 0 ? file.getName() + ":" + issue.getLineNumber() + ": " + issue.getMessage() : "override: " + issue.getMessage());
			}
		}
		return errors;
	}

	static List<Simulation> simulations(XtextResource resource) {
		List<Simulation> simulations = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			for (EObject e : model.getElements()) {
				if (e instanceof Simulation s) {
					simulations.add(s);
				}
			}
		}
		return simulations;
	}

	/** The console of a simulation, made and shown if there is none yet (one per simulation and file). */
	static MessageConsole console(String name) {
		var manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole c : manager.getConsoles()) {
			if (c instanceof MessageConsole m && c.getName().equals(name)) {
				m.clearConsole();
				manager.showConsoleView(m);
				return m;
			}
		}
		MessageConsole created = new MessageConsole(name, null);
		manager.addConsoles(new IConsole[] { created });
		manager.showConsoleView(created);
		return created;
	}
}
