package org.stratum.engine.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/**
 * VTK XML image data ({@code .vti}) of a 2-D grid's cell fields, as ParaView and any VTK reader open them: binary
 * appended data, each array zlib-compressed in one block with VTK's UInt64 header, little-endian; and the ParaView
 * time collection ({@code .pvd}) that lists frames with their times.
 */
public final class VtkImage {

	/** A named cell field: Float32 values or Int32 labels, nx * ny of them, row by row from the bottom. */
	public record Field(String name, float[] values, int[] labels) {

		public static Field of(String name, float[] values) {
			return new Field(name, values, null);
		}

		public static Field labels(String name, int[] labels) {
			return new Field(name, null, labels);
		}

		int length() {
			return values != null ? values.length : labels.length;
		}
	}

	private VtkImage() {
	}

	/** Writes one frame: an nx by ny grid of cells of size h (m), its fields as cell data. */
	public static void write(Path file, int nx, int ny, double h, List<Field> fields) throws IOException {
		List<byte[]> blocks = new ArrayList<>();
		StringBuilder arrays = new StringBuilder();
		long offset = 0;
		for (Field f : fields) {
			if (f.length() != nx * ny) {
				throw new IllegalArgumentException("field " + f.name() + " has " + f.length() + " values for " + nx + " x " + ny + " cells");
			}
			byte[] block = compressed(raw(f));
			blocks.add(block);
			arrays.append(String.format(Locale.ROOT, "        <DataArray type=\"%s\" Name=\"%s\" format=\"appended\" offset=\"%d\"/>%n",
					f.values() != null ? "Float32" : "Int32", f.name(), offset));
			offset += block.length;
		}
		String extent = "0 " + nx + " 0 " + ny + " 0 0";
		String head = "<?xml version=\"1.0\"?>\n"
				+ "<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt64\" compressor=\"vtkZLibDataCompressor\">\n"
				+ "  <ImageData WholeExtent=\"" + extent + "\" Origin=\"0 0 0\" Spacing=\"" + number(h) + " " + number(h) + " " + number(h) + "\">\n"
				+ "    <Piece Extent=\"" + extent + "\">\n"
				+ "      <CellData Scalars=\"" + fields.get(0).name() + "\">\n" + arrays
				+ "      </CellData>\n    </Piece>\n  </ImageData>\n  <AppendedData encoding=\"raw\">\n   _";
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			for (byte[] b : blocks) {
				out.write(b);
			}
			out.write("\n  </AppendedData>\n</VTKFile>\n".getBytes(StandardCharsets.US_ASCII));
		}
	}

	/** Writes the time collection of frames (file names relative to the .pvd) and their times (s). */
	public static void collection(Path file, List<String> frames, List<Double> times) throws IOException {
		StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?>\n<VTKFile type=\"Collection\" version=\"1.0\" byte_order=\"LittleEndian\">\n  <Collection>\n");
		for (int k = 0; k < frames.size(); k++) {
			s.append("    <DataSet timestep=\"").append(number(times.get(k))).append("\" group=\"\" part=\"0\" file=\"").append(frames.get(k)).append("\"/>\n");
		}
		Files.writeString(file, s.append("  </Collection>\n</VTKFile>\n"), StandardCharsets.UTF_8);
	}

	/**
	 * A frame read back: its grid and fields, by name.
	 *
	 * @param nx cells across
	 * @param ny cells up
	 * @param h cell size, m
	 */
	public record Frame(int nx, int ny, double h, java.util.Map<String, Field> fields) {
	}

	private static final java.util.regex.Pattern ARRAY = java.util.regex.Pattern
			.compile("<DataArray type=\"(Float32|Int32)\" Name=\"([^\"]+)\" format=\"appended\" offset=\"(\\d+)\"/>");
	private static final java.util.regex.Pattern EXTENT = java.util.regex.Pattern.compile("WholeExtent=\"0 (\\d+) 0 (\\d+) 0 0\" Origin=\"[^\"]*\" Spacing=\"(\\S+) ");

	/** Reads a frame this class wrote. */
	public static Frame read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int appended = text.indexOf("<AppendedData");
		java.util.regex.Matcher extent = EXTENT.matcher(text);
		if (appended < 0 || !extent.find()) {
			throw new ResultsFormatException(file.toString(), "is not VTK image data as Stratum writes it");
		}
		int nx = Integer.parseInt(extent.group(1)), ny = Integer.parseInt(extent.group(2));
		int start = text.indexOf('_', appended) + 1;
		java.util.Map<String, Field> fields = new java.util.LinkedHashMap<>();
		java.util.regex.Matcher array = ARRAY.matcher(text.substring(0, appended));
		while (array.find()) {
			ByteBuffer b = ByteBuffer.wrap(bytes, start + Integer.parseInt(array.group(3)), 32).order(ByteOrder.LITTLE_ENDIAN);
			b.getLong();
			int size = (int) b.getLong();
			b.getLong();
			int compressed = (int) b.getLong();
			java.util.zip.Inflater inflater = new java.util.zip.Inflater();
			inflater.setInput(bytes, start + Integer.parseInt(array.group(3)) + 32, compressed);
			byte[] raw = new byte[size];
			try {
				inflater.inflate(raw);
			} catch (java.util.zip.DataFormatException e) {
				throw new ResultsFormatException(file.toString(), "has a damaged array '" + array.group(2) + "'");
			} finally {
				inflater.end();
			}
			ByteBuffer values = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
			if (array.group(1).equals("Float32")) {
				float[] f = new float[size / 4];
				values.asFloatBuffer().get(f);
				fields.put(array.group(2), Field.of(array.group(2), f));
			} else {
				int[] l = new int[size / 4];
				values.asIntBuffer().get(l);
				fields.put(array.group(2), Field.labels(array.group(2), l));
			}
		}
		return new Frame(nx, ny, Double.parseDouble(extent.group(3)), fields);
	}

	/** The frames of a time collection, in order, with their times (s). */
	public static java.util.List<java.util.Map.Entry<Double, Path>> frames(Path pvd) throws IOException {
		java.util.List<java.util.Map.Entry<Double, Path>> frames = new ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("timestep=\"([^\"]+)\" group=\"\" part=\"0\" file=\"([^\"]+)\"")
				.matcher(Files.readString(pvd, StandardCharsets.UTF_8));
		while (m.find()) {
			frames.add(java.util.Map.entry(Double.parseDouble(m.group(1)), pvd.resolveSibling(m.group(2))));
		}
		return frames;
	}

	private static byte[] raw(Field f) {
		ByteBuffer b = ByteBuffer.allocate(4 * f.length()).order(ByteOrder.LITTLE_ENDIAN);
		if (f.values() != null) {
			for (float v : f.values()) {
				b.putFloat(v);
			}
		} else {
			for (int v : f.labels()) {
				b.putInt(v);
			}
		}
		return b.array();
	}

	/** One zlib block behind VTK's header: block count 1, block size, last block size, compressed size (UInt64 each). */
	private static byte[] compressed(byte[] raw) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		deflater.setInput(raw);
		deflater.finish();
		ByteArrayOutputStream z = new ByteArrayOutputStream();
		byte[] buffer = new byte[65536];
		while (!deflater.finished()) {
			z.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		byte[] body = z.toByteArray();
		ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
		header.putLong(1).putLong(raw.length).putLong(raw.length).putLong(body.length);
		byte[] block = new byte[32 + body.length];
		System.arraycopy(header.array(), 0, block, 0, 32);
		System.arraycopy(body, 0, block, 32, body.length);
		return block;
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.9g", v);
	}
}
