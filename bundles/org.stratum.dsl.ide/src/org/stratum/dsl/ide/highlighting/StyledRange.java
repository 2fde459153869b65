package org.stratum.dsl.ide.highlighting;

/** A run of characters in one style: offset and length in UTF-16 characters of the document. */
public record StyledRange(int offset, int length, TokenStyle style) {

	/** The offset after the last character. */
	public int end() {
		return offset + length;
	}
}
