package org.stratum.ui.help;

/** The pages of Stratum's help, each a Markdown file of the UI bundle's {@code help/} folder. */
public enum HelpPage {
	TUTORIAL("Tutorial: Reproduce Seed 000", "help/tutorial-seed-000.md"), USER_GUIDE("User Guide", "help/user-guide.md"),
	LANGUAGE_REFERENCE("Language Reference", "help/language-reference.md");

	/** The title in the Help menu and the view. */
	private final String title;
	/** The file in the bundle. */
	private final String path;

	HelpPage(String title, String path) {
		this.title = title;
		this.path = path;
	}

	public String title() {
		return title;
	}

	public String path() {
		return path;
	}
}
