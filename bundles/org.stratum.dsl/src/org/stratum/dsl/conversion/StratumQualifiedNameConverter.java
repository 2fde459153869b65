package org.stratum.dsl.conversion;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Names in Stratum are single segments; material ids contain dots ("LPSCl-1.25"), so the segment
 * delimiter is one that no name contains.
 */
public class StratumQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {

	@Override
	public String getDelimiter() {
		return "::";
	}
}
