package org.stratum.ui.wizards;

/** Text for XML files written from templates. */
final class Xml {

	private Xml() {
	}

	/** The text as the value of a double-quoted XML attribute. */
	static String attribute(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
