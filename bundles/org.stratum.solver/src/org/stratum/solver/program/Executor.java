package org.stratum.solver.program;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.StackCellModel;

/**
 * Runs a step program on a cell model and reports what it passed. The protocol's semantics (steps, loops,
 * goto, CCD ramps, periodic blocks, stop conditions, cancellation, logging) are the {@link ProgramWalker}'s,
 * the same for every model; the model ({@link SimulatedCell}) integrates each segment. The run stops with a
 * reason naming the step and time on a short, a stop condition, a failure or cancellation.
 */
public final class Executor {

	private final SimulatedCell cell;
	private final ProgramWalker walker;
	private final CellState stackState;

	/** An executor of the stack model. */
	public Executor(StackCellModel model, Recorder recorder, BooleanSupplier cancelled) {
		StackSimulatedCell stack = new StackSimulatedCell(model);
		this.cell = stack;
		this.stackState = stack.state();
		this.walker = new ProgramWalker(stack, recorder, cancelled);
	}

	/** An executor of any cell model. */
	public Executor(SimulatedCell cell, Recorder recorder, BooleanSupplier cancelled) {
		this.cell = cell;
		this.stackState = cell instanceof StackSimulatedCell stack ? stack.state() : null;
		this.walker = new ProgramWalker(cell, recorder, cancelled);
	}

	/** The stack model's state (null for other models). */
	public CellState state() {
		return stackState;
	}

	/** The cell model the executor drives. */
	public SimulatedCell cell() {
		return cell;
	}

	public RunResult run(Program program) {
		return walker.run(program);
	}

	/** Each step that discharged a full cell so far (constant current, power, load, voltage hold or CC-CV). */
	public List<Discharge> discharges() {
		return walker.discharges();
	}
}
