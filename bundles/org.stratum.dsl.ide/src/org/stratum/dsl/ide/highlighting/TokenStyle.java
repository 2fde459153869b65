package org.stratum.dsl.ide.highlighting;

/** The kinds of text a .stratum editor colours; each editor maps them onto its own colours. */
public enum TokenStyle {
	/** A word the grammar reserves, where it is used as one (not as a name). */
	KEYWORD,
	/** A number, including the digits of a quantity. */
	NUMBER,
	/** A quoted string, such as a .stack file path. */
	STRING,
	/** A line or block comment. */
	COMMENT,
	/** The unit after a number ({@code mA/cm2}, {@code C} in {@code 1C}). */
	UNIT,
	/** A reference to something declared elsewhere: a stack, protocol, label or material. */
	REFERENCE,
	/** The name a stack, protocol, simulation or label is declared with. */
	DECLARATION
}
