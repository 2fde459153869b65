package org.stratum.ui.dsl;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.stratum.dsl.ide.highlighting.TokenStyle;

/** The colour and font style of each kind of .stratum token in the workbench. */
public final class StratumColours {

	private static final Map<TokenStyle, RGB> FOREGROUND = new EnumMap<>(Map.of(
			TokenStyle.KEYWORD, new RGB(127, 0, 85),
			TokenStyle.NUMBER, new RGB(25, 25, 200),
			TokenStyle.STRING, new RGB(42, 0, 255),
			TokenStyle.COMMENT, new RGB(63, 127, 95),
			TokenStyle.UNIT, new RGB(0, 128, 128),
			TokenStyle.REFERENCE, new RGB(40, 60, 160),
			TokenStyle.DECLARATION, new RGB(0, 0, 0)));

	/** One colour object per style, shared by every repaint (SWT colours made from RGB hold no system resource). */
	private static final Map<TokenStyle, Color> COLOURS = new EnumMap<>(TokenStyle.class);

	static {
		FOREGROUND.forEach((style, rgb) -> COLOURS.put(style, new Color(rgb)));
	}

	private StratumColours() {
	}

	/** The text colour of a token style, as an SWT colour. */
	public static Color colour(TokenStyle style) {
		return COLOURS.get(style);
	}

	/** The text colour of a token style. */
	public static RGB foreground(TokenStyle style) {
		return FOREGROUND.get(style);
	}

	/** The SWT font style ({@link SWT#BOLD}, {@link SWT#ITALIC} or {@link SWT#NORMAL}) of a token style. */
	public static int fontStyle(TokenStyle style) {
		return switch (style) {
			case KEYWORD, DECLARATION -> SWT.BOLD;
			case COMMENT, REFERENCE -> SWT.ITALIC;
			default -> SWT.NORMAL;
		};
	}
}
