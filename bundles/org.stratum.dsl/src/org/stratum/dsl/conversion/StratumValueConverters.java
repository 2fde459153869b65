package org.stratum.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Converts the language's numbers, units and material ids between text and values. */
public class StratumValueConverters extends DefaultTerminalConverters {

	private static final IValueConverter<Double> NUMBER = new IValueConverter<>() {
		@Override
		public Double toValue(String string, INode node) {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("a number is missing", node, null);
			}
			try {
				double value = Double.parseDouble(string.replaceAll("\\s+", ""));
				if (!Double.isFinite(value)) {
					throw new ValueConverterException("'" + string + "' is too large for a number", node, null);
				}
				return value;
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number", node, e);
			}
		}

		@Override
		public String toString(Double value) {
			if (value == null) {
				return "0";
			}
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
					: Double.toString(value).replace('E', 'e');
		}
	};

	/** Token text without the whitespace that hidden tokens put between its parts. */
	private static final IValueConverter<String> COMPACT = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) {
			return string == null ? null : string.replaceAll("\\s+", "");
		}

		@Override
		public String toString(String value) {
			return value;
		}
	};

	/** Units keep single spaces between multiplied terms ("Ohm cm2") and none around '/'. */
	private static final IValueConverter<String> UNIT = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) {
			return string == null ? null : string.trim().replaceAll("\\s*/\\s*", "/").replaceAll("\\s+%", "%").replaceAll("\\s+", " ");
		}

		@Override
		public String toString(String value) {
			return value;
		}
	};

	@ValueConverter(rule = "NUMBER")
	public IValueConverter<Double> NUMBER() {
		return NUMBER;
	}

	@ValueConverter(rule = "SignedNumber")
	public IValueConverter<Double> SignedNumber() {
		return NUMBER;
	}

	@ValueConverter(rule = "Unit")
	public IValueConverter<String> Unit() {
		return UNIT;
	}

	@ValueConverter(rule = "MaterialId")
	public IValueConverter<String> MaterialId() {
		return COMPACT;
	}
}
