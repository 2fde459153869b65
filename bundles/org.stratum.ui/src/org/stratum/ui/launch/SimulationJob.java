package org.stratum.ui.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.solver.program.RunResult;
import org.stratum.ui.dsl.StratumLanguage;

/**
 * One simulation run as an Eclipse Job: the same engine as {@code stratum run} ({@link SimulationRunner}) writing the
 * same results folder, with progress in the Progress view, Cancel (the partial result is kept and marked), the run
 * log in a console of its own, and the results folder refreshed in the workspace when the run ends.
 */
public final class SimulationJob extends Job {

	/** The family of every simulation job, for waiting on or cancelling them all. */
	public static final Object FAMILY = new Object();
	private static final String PLUGIN = "org.stratum.ui";
	private static final int TICKS = 1000;

	private final IFile file;
	private final String simulation;
	private final IFolder output;

	public SimulationJob(IFile file, String simulation, IFolder output) {
		super("Simulating " + simulation);
		this.file = file;
		this.simulation = simulation;
		this.output = output;
		setUser(true); // no scheduling rule: the project stays editable and several runs go at once; the refresh takes its own
	}

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
		try {
			monitor.beginTask("Simulating " + simulation, TICKS);
			XtextResource resource = parse(file);
			List<String> errors = errors(resource);
			if (!errors.isEmpty()) {
				return error(file.getName() + " has errors; nothing was simulated. Fix the marked lines first:\n" + String.join("\n", errors));
			}
			Simulation chosen = simulations(resource).stream().filter(s -> s.getName().equals(simulation)).findFirst().orElse(null);
			if (chosen == null) {
				return error(file.getName() + " has no simulation '" + simulation + "'; edit the launch configuration (Run > Run Configurations...)");
			}
			int[] done = { 0 };
			SimulationRunner.Outcome outcome = SimulationRunner.run(chosen, output.getLocation().toFile().toPath(), fraction -> {
				int ticks = (int) Math.round(Math.max(0, Math.min(1, fraction)) * TICKS);
				if (ticks > done[0]) {
					monitor.worked(ticks - done[0]);
					done[0] = ticks;
				}
			}, monitor::isCanceled);
			report(out, outcome);
			refresh(outcome.folder()); // also after Cancel: the partial result must show
			return outcome.result().status() == RunResult.Status.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (EngineException e) {
			return error(e.getMessage());
		} catch (IOException e) {
			return error("the results of " + simulation + " could not be written to " + output.getFullPath() + ": " + e.getMessage());
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	private static IStatus error(String message) {
		return new Status(IStatus.ERROR, PLUGIN, message);
	}

	private void report(MessageConsoleStream out, SimulationRunner.Outcome outcome) {
		RunResult r = outcome.result();
		out.println(simulation + ": " + r.status().name().toLowerCase(Locale.ROOT) + " - " + r.reason());
		out.println(String.format(Locale.ROOT, "  simulated time %.2f h, %d cycles", r.endTime() / 3600, r.cycles()));
		if (!Double.isNaN(r.criticalCurrentDensity())) {
			out.println(String.format(Locale.ROOT, "  critical current density %.2f mA/cm2", r.criticalCurrentDensity() / 10));
		}
		if (!Double.isNaN(r.shortTime())) {
			out.println(String.format(Locale.ROOT, "  short circuit at %.2f h", r.shortTime() / 3600));
		}
		out.println("  results in " + outcome.folder());
	}

	/** Makes the results folder visible in Project Explorer. */
	private void refresh(Path folder) throws CoreException {
		IResource written = output.getFolder(folder.getFileName().toString());
		output.refreshLocal(IResource.DEPTH_ZERO, null);
		written.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	/** The file as saved, parsed beside its project's other .stratum files. */
	static XtextResource parse(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return StratumLanguage.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, PLUGIN, file.getFullPath() + " cannot be read: " + e.getMessage()));
		}
	}

	/** The error problems of a parsed file, as "file:line: message". */
	private List<String> errors(XtextResource resource) {
		List<String> errors = new ArrayList<>();
		for (Issue issue : StratumLanguage.validate(resource)) {
			if (issue.getSeverity() == Severity.ERROR) {
				errors.add(file.getName() + ":" + issue.getLineNumber() + ": " + issue.getMessage());
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
	private static MessageConsole console(String name) {
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
