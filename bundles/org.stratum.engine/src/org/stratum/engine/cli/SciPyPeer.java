package org.stratum.engine.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.stratum.solver.front.CoupledPotentials;

/**
 * The peer of the front model's linear solve, run side by side on the very same matrix: SciPy's SuperLU (sparse LU,
 * what a Python modeller reaches for first), when python3 with SciPy is installed. The matrix goes to Python as raw
 * little-endian arrays; Python reports its wall time, peak memory and relative residual.
 */
final class SciPyPeer {

	/** SuperLU's figures: wall time of factorisation and solve (s), peak resident memory (MB), relative residual. */
	record Result(double seconds, double peakMegabytes, double relativeResidual) {
	}

	private static final String SCRIPT = String.join("\n",
			"import sys, time, resource",
			"import numpy as np, scipy.sparse as sp, scipy.sparse.linalg as la",
			"d, n = sys.argv[1], int(sys.argv[2])",
			"r = np.fromfile(d + '/rows', dtype='<i4'); c = np.fromfile(d + '/cols', dtype='<i4')",
			"v = np.fromfile(d + '/vals', dtype='<f8'); b = np.fromfile(d + '/rhs', dtype='<f8')",
			"A = sp.csc_matrix((v, (r, c)), shape=(n, n))",
			"t = time.perf_counter(); x = la.splu(A).solve(b); t = time.perf_counter() - t",
			"res = np.linalg.norm(A @ x - b) / np.linalg.norm(b)",
			"print(t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, res)");

	private SciPyPeer() {
	}

	/** Whether python3 can import SciPy here. */
	static boolean available() {
		try {
			Process p = new ProcessBuilder("python3", "-c", "import scipy.sparse.linalg").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
		} catch (IOException e) {
			return false; // no python3 on this machine
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * SuperLU on the cell's Newton matrix at its present potentials with the given right-hand side; empty when Python
	 * fails or runs out of time. Rows of cells outside a network (no entries) get a 1 on the diagonal.
	 */
	static Optional<Result> solve(CoupledPotentials cell, double[] rhs) throws IOException, InterruptedException {
		int size = rhs.length;
		int[] count = { 0 };
		cell.forEachJacobianEntry((row, column, value) -> count[0]++);
		int entries = count[0] + size;
		ByteBuffer rows = ByteBuffer.allocate(4 * entries).order(ByteOrder.LITTLE_ENDIAN);
		ByteBuffer cols = ByteBuffer.allocate(4 * entries).order(ByteOrder.LITTLE_ENDIAN);
		ByteBuffer vals = ByteBuffer.allocate(8 * entries).order(ByteOrder.LITTLE_ENDIAN);
		boolean[] hasDiagonal = new boolean[size];
		cell.forEachJacobianEntry((row, column, value) -> {
			rows.putInt(row);
			cols.putInt(column);
			vals.putDouble(value);
			if (row == column) {
				hasDiagonal[row] = true;
			}
		});
		for (int p = 0; p < size; p++) {
			if (!hasDiagonal[p]) {
				rows.putInt(p);
				cols.putInt(p);
				vals.putDouble(1);
			}
		}
		ByteBuffer b = ByteBuffer.allocate(8 * size).order(ByteOrder.LITTLE_ENDIAN);
		for (double v : rhs) {
			b.putDouble(v);
		}
		Path dir = Files.createTempDirectory("stratum-peer-");
		try {
			write(dir.resolve("rows"), rows);
			write(dir.resolve("cols"), cols);
			write(dir.resolve("vals"), vals);
			write(dir.resolve("rhs"), b);
			Process p = new ProcessBuilder("python3", "-c", SCRIPT, dir.toString(), Integer.toString(size)).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
				return Optional.empty();
			}
			String[] words = out.substring(out.lastIndexOf('\n') + 1).split("\\s+");
			return Optional.of(new Result(Double.parseDouble(words[0]), Double.parseDouble(words[1]), Double.parseDouble(words[2])));
		} finally {
			try (var files = Files.list(dir)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			}
			Files.delete(dir);
		}
	}

	private static void write(Path file, ByteBuffer buffer) throws IOException {
		buffer.flip();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
		}
	}
}
