package org.stratum.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunSeries;

/**
 * The seed simulations the validation report reads, each run once into a scratch folder (several rows read one run)
 * from the repository's examples folder; closing deletes the scratch folders.
 */
final class SeedRuns implements AutoCloseable {

	private final Path root;
	private final StratumFiles files = new StratumFiles();
	private final Map<String, SimulationRunner.Outcome> outcomes = new HashMap<>();
	private final List<Path> scratches = new ArrayList<>();

	SeedRuns(Path root) {
		this.root = root;
	}

	Path root() {
		return root;
	}

	/** The outcome of simulation {@code name} of {@code file} (relative to the examples folder). */
	SimulationRunner.Outcome run(String file, String name) throws Exception {
		String key = file + "#" + name;
		SimulationRunner.Outcome o = outcomes.get(key);
		if (o == null) {
			Path scratch = Files.createTempDirectory("stratum-validation");
			scratches.add(scratch);
			o = SimulationRunner.run(files.simulation(root.resolve(file), name), scratch, f -> {
			}, () -> false);
			outcomes.put(key, o);
		}
		return o;
	}

	@Override
	public void close() throws IOException {
		for (Path p : scratches) {
			ResultsWriter.delete(p);
		}
	}

	/** The time series a run wrote. */
	static RunSeries series(SimulationRunner.Outcome o) throws IOException {
		return RunSeries.read(o.folder().resolve(RunSeries.FILE));
	}
}
