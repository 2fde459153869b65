package org.stratum.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/** The Sweep or Fit tab: the .stratum file, which of its sweeps and fits ("sweep CcdDesign"), and the output folder. */
final class StudyTab extends ElementTab {

	@Override
	String elementLabel() {
		return "&Sweep or fit:";
	}

	@Override
	String elementWord() {
		return "sweep or fit";
	}

	@Override
	List<String> elementsIn(IFile file) throws CoreException {
		return StudyLaunch.studiesIn(file).stream().map(StudyLaunch.Study::toString).toList();
	}

	@Override
	String elementOf(ILaunchConfiguration configuration) throws CoreException {
		StudyLaunch.Study study = StudyLaunch.study(configuration);
		return study == null ? "" : study.toString();
	}

	/** "sweep CcdDesign" as the field shows it: the kind's word, then the name. */
	@Override
	void applyElement(ILaunchConfigurationWorkingCopy configuration, String text) {
		int space = text.indexOf(' ');
		configuration.setAttribute(StudyLaunch.KIND, space < 0 ? "" : text.substring(0, space));
		configuration.setAttribute(StudyLaunch.NAME, space < 0 ? text : text.substring(space + 1).strip());
	}

	@Override
	public String getName() {
		return "Sweep or Fit";
	}
}
