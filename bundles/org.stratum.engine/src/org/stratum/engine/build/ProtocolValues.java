package org.stratum.engine.build;

import java.util.IdentityHashMap;
import java.util.Map;

import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.Repeat;

/**
 * What a sweep's point (or a fit's trial) replaces in a protocol without copying it: quantities as written, and the
 * counts of repeat blocks. Keys are the protocol's own objects, by identity.
 *
 * @param quantities the value that stands for each replaced quantity
 * @param counts the count that stands for each replaced repeat block's
 */
public record ProtocolValues(Map<Quantity, Quantity> quantities, Map<Repeat, Integer> counts) {

	/** Nothing replaced: the protocol as written. */
	public static final ProtocolValues NONE = new ProtocolValues(Map.of(), Map.of());

	public ProtocolValues {
		quantities = new IdentityHashMap<>(quantities);
		counts = new IdentityHashMap<>(counts);
	}

	/** The value that stands for a written quantity. */
	public Quantity of(Quantity written) {
		return written == null ? null : quantities.getOrDefault(written, written);
	}

	/** The count that stands for a repeat block's. */
	public int count(Repeat repeat) {
		return counts.getOrDefault(repeat, (int) repeat.getCount());
	}
}
