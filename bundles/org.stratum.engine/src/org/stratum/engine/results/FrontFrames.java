package org.stratum.engine.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.stratum.solver.cell.Impedance;
import org.stratum.solver.front.CoupledPotentials;
import org.stratum.solver.front.FrontModel;
import org.stratum.solver.front.FrontReadings;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.program.Recorder;

/**
 * The front model's fields over a run: a recorder in front of the time series that keeps a frame (xi, phase, ionic and
 * electronic potential, current density) at logged samples by a {@link Schedule}: about a number evenly spread over the
 * run (when twice as many gather, every other one goes and the stride doubles), or one per interval of time or charge;
 * and writes them as
 * {@code fields/frame_NNNN.vti} with {@code fields/front.pvd} and as colour maps in {@code plots/}. Each frame goes to
 * a scratch folder as it is taken, so the heap holds one frame at a time however large the map.
 */
public final class FrontFrames implements Recorder, AutoCloseable {

	/** One kept frame: its time and where it was written. */
	record Frame(double time, Path file) {
	}

	/**
	 * A frame as it is taken, for a view that follows the run: the fields, where the layer and the electrolyte begin,
	 * and what the front reads at that moment.
	 *
	 * @param time s from the start of the run
	 * @param layerRow the first row of the interlayer (the foil's face at the start)
	 * @param electrolyteRow the first row of the electrolyte
	 * @param heightMax highest Li above the foil's starting face, m
	 * @param heightMean mean over the columns of that height, m
	 * @param penetration depth of Li beyond the electrolyte's first row, m
	 */
	public record Taken(double time, VtkImage.Frame frame, int layerRow, int electrolyteRow, double heightMax, double heightMean, double penetration) {
	}

	/** Which logged samples become frames. */
	public sealed interface Schedule {
		/** About this many, evenly spread over the run however long it turns out. */
		record Spread(int frames) implements Schedule {
		}

		/** One whenever this much time (s) has passed since the last frame. */
		record EveryTime(double seconds) implements Schedule {
		}

		/** One whenever this much charge (C/m2, plated or stripped) has passed since the last frame. */
		record EveryCharge(double charge) implements Schedule {
		}
	}

	private final TimeSeries next;
	private final FrontModel model;
	private final PhaseMap map;
	private final Schedule schedule;
	private final List<Frame> frames = new ArrayList<>();
	/** Samples between kept frames (a spread schedule). */
	private int stride = 1;
	private int seen;
	/** The series' charge passed at the last frame, C/m2. */
	private double chargeAtFrame;

	/** Where frames wait until the run's folder is written. */
	private final Path scratch;
	/** Frames written so far, for unique scratch names. */
	private int written;

	/**
	 * Per phase of the map, the first phase of the same material: what the frames' {@code phase} labels show, so that
	 * the classes of one material (its flaws of several lengths) draw as the material.
	 */
	private final int[] material;
	/** Told of every frame as it is taken. */
	private final Consumer<Taken> taken;

	/**
	 * Frames of a run; {@code scratch} is an empty folder the frames may use until {@link #close()}; {@code taken} is
	 * told of every frame as it is taken (on the run's thread).
	 */
	public FrontFrames(TimeSeries next, FrontModel model, PhaseMap map, Schedule schedule, Path scratch, Consumer<Taken> taken) {
		this.next = next;
		this.taken = taken;
		this.model = model;
		this.map = map;
		this.schedule = schedule instanceof Schedule.Spread spread ? new Schedule.Spread(Math.max(2, spread.frames())) : schedule;
		this.scratch = scratch;
		List<org.stratum.solver.front.Phase> phases = map.phases();
		this.material = new int[phases.size()];
		for (int k = 0; k < material.length; k++) {
			String name = phases.get(k).name();
			material[k] = java.util.stream.IntStream.range(0, k + 1).filter(m -> phases.get(m).name().equals(name)).findFirst().orElse(k);
		}
	}

	@Override
	public void sample(Sample sample) {
		next.sample(sample);
		if (due(sample)) {
			chargeAtFrame = next.charge();
			Path file = scratch.resolve("frame-" + written++ + ".vti");
			List<VtkImage.Field> fields = fields(sample.currentDensity());
			try {
				VtkImage.write(file, model.nx(), model.ny(), model.h(), fields);
			} catch (IOException e) {
				throw new java.io.UncheckedIOException("a frame of the front could not be written to " + scratch, e);
			}
			frames.add(new Frame(sample.time(), file));
			taken.accept(taken(sample.time(), fields));
			if (schedule instanceof Schedule.Spread spread && frames.size() >= 2 * spread.frames()) {
				for (int k = frames.size() - 1; k > 0; k -= 2) {
					delete(frames.remove(k).file());
				}
				stride *= 2;
			}
		}
	}

	private Taken taken(double time, List<VtkImage.Field> fields) {
		java.util.Map<String, VtkImage.Field> named = new java.util.LinkedHashMap<>();
		fields.forEach(f -> named.put(f.name(), f));
		double[] heights = FrontReadings.frontHeights(model);
		return new Taken(time, new VtkImage.Frame(model.nx(), model.ny(), model.h(), named), map.layerRow(), map.electrolyteRow(),
				java.util.Arrays.stream(heights).max().orElse(0), java.util.Arrays.stream(heights).average().orElse(0), FrontReadings.penetration(model));
	}

	/** Whether the sample becomes a frame: the first always, then by the schedule (the time and charge to 1e-9). */
	private boolean due(Sample sample) {
		int index = seen++;
		return index == 0 || switch (schedule) {
		case Schedule.Spread spread -> index % stride == 0;
		case Schedule.EveryTime every -> sample.time() - frames.get(frames.size() - 1).time() >= every.seconds() * (1 - 1e-9);
		case Schedule.EveryCharge every -> next.charge() - chargeAtFrame >= every.charge() * (1 - 1e-9);
		};
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException("a dropped frame could not be deleted: " + file, e);
		}
	}

	/** Deletes the scratch folder and what is left in it. */
	@Override
	public void close() throws IOException {
		ResultsWriter.delete(scratch);
	}

	@Override
	public void impedance(double time, double[][] spectrum, Impedance.Circuit circuit) {
		next.impedance(time, spectrum, circuit);
	}

	@Override
	public void progress(double fraction) {
		next.progress(fraction);
	}

	private List<VtkImage.Field> fields(double j) {
		int n = model.nx() * model.ny();
		float[] xi = new float[n];
		double[] x = model.state().xi();
		for (int p = 0; p < n; p++) {
			xi[p] = (float) x[p];
		}
		int[] phase = new int[n];
		for (int p = 0; p < n; p++) {
			phase[p] = model.lithiumAt(p) ? -1 : material[map.phaseIndex(p % model.nx(), p / model.nx())];
		}
		CoupledPotentials potentials = model.potentials(j); // solved already for this sample
		double[] phiI = potentials.ionicPotential();
		double[] phiE = potentials.electronicPotential();
		return List.of(VtkImage.Field.of("xi", xi), VtkImage.Field.labels("phase", phase), VtkImage.Field.of("phi_i", floats(phiI, n)),
				VtkImage.Field.of("phi_e", floats(phiE, n)), VtkImage.Field.of("current_density", currentDensity(phiI, phiE)));
	}

	private static float[] floats(double[] v, int n) {
		float[] f = new float[n];
		for (int k = 0; k < n && k < v.length; k++) {
			f[k] = (float) v[k];
		}
		return f;
	}

	/** |i| per cell, A/m2: the ionic and electronic currents from the potentials' central differences and the cells' conductivities. */
	private float[] currentDensity(double[] phiI, double[] phiE) {
		int nx = model.nx(), ny = model.ny();
		double h = model.h();
		float[] c = new float[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				var phase = model.phase(p);
				double si = phase.ionic(), se = model.lithiumAt(p) ? org.stratum.solver.front.Phase.LITHIUM_CONDUCTIVITY : phase.electronic();
				double gx = 0, gy = 0, ex = 0, ey = 0;
				int left = j * nx + (i + nx - 1) % nx, right = j * nx + (i + 1) % nx;
				gx = (phiI[right] - phiI[left]) / (2 * h);
				ex = (phiE[right] - phiE[left]) / (2 * h);
				if (j > 0 && j < ny - 1) {
					gy = (phiI[p + nx] - phiI[p - nx]) / (2 * h);
					ey = (phiE[p + nx] - phiE[p - nx]) / (2 * h);
				}
				c[p] = (float) (si * Math.hypot(gx, gy) + se * Math.hypot(ex, ey));
			}
		}
		return c;
	}

	/** The kept frames' times, s. */
	public List<Double> times() {
		return frames.stream().map(Frame::time).toList();
	}

	/** Writes {@code fields/} and the colour maps of xi into {@code plots/} of a results folder being written. */
	public void writeInto(Path folder) throws IOException {
		Path fields = Files.createDirectories(folder.resolve("fields"));
		Path plots = Files.createDirectories(folder.resolve("plots"));
		List<String> names = new ArrayList<>();
		try (FrontMaps.Gif gif = new FrontMaps.Gif(plots.resolve("front.gif"))) {
			for (int k = 0; k < frames.size(); k++) {
				Frame f = frames.get(k);
				String name = String.format(Locale.ROOT, "frame_%04d.vti", k);
				Path target = fields.resolve(name);
				Files.move(f.file(), target);
				names.add(name);
				VtkImage.Frame read = VtkImage.read(target); // one frame in the heap at a time
				java.awt.image.BufferedImage image = FrontMaps.xi(read.fields().get("xi").values(), read.fields().get("phase").labels(), model.nx(), model.ny(),
						model.h(), map.layerRow(), map.electrolyteRow(), f.time());
				javax.imageio.ImageIO.write(image, "png", plots.resolve(String.format(Locale.ROOT, "front_%04d.png", k)).toFile());
				gif.add(image);
			}
		}
		VtkImage.collection(fields.resolve("front.pvd"), names, times());
	}
}
