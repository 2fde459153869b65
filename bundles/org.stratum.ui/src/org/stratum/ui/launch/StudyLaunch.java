package org.stratum.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.emf.ecore.EObject;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Sweep;

/**
 * The "Stratum Sweep or Fit" launch configuration type: which sweep or fit of which .stratum file, and the folder its
 * results go to (project-relative, {@code results} unless set), as Run As, the Run menu's history and Run
 * Configurations... use it. The file and output attributes are a simulation configuration's.
 */
public final class StudyLaunch {

	/** The launch configuration type's id (plugin.xml). */
	public static final String TYPE = "org.stratum.ui.launch.study";
	/** Whether it is a sweep or a fit: the language's word ("sweep", "fit"). */
	public static final String KIND = "org.stratum.ui.launch.studyKind";
	/** The sweep's or fit's name in the file. */
	public static final String NAME = "org.stratum.ui.launch.studyName";

	/** A sweep or a fit of a file, as choosers list it ("sweep CcdDesign"). */
	public record Study(StudyJob.Kind kind, String name) {
		@Override
		public String toString() {
			return kind.word() + " " + name;
		}
	}

	private StudyLaunch() {
	}

	static ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE);
	}

	/** The saved configuration that runs this sweep or fit of this file, made and saved if there is none. */
	public static ILaunchConfiguration configurationFor(IFile file, Study study) throws CoreException {
		return SimulationLaunch.configurationFor(type(), file, study.name(), c -> study.equals(study(c)), copy -> {
			copy.setAttribute(KIND, study.kind().word());
			copy.setAttribute(NAME, study.name());
		});
	}

	/** The study a configuration names, or null when its kind is not a study's word. */
	static Study study(ILaunchConfiguration configuration) throws CoreException {
		StudyJob.Kind kind = kind(configuration.getAttribute(KIND, ""));
		return kind == null ? null : new Study(kind, configuration.getAttribute(NAME, ""));
	}

	/** The kind the language's word names ("sweep", "fit"), or null. */
	static StudyJob.Kind kind(String word) {
		for (StudyJob.Kind k : StudyJob.Kind.values()) {
			if (k.word().equals(word)) {
				return k;
			}
		}
		return null;
	}

	/** The sweeps and fits of the file as saved, in the file's order. */
	static List<Study> studiesIn(IFile file) throws CoreException {
		List<Study> studies = new ArrayList<>();
		var resource = SimulationJob.parse(file);
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			for (EObject e : model.getElements()) {
				if (e instanceof Sweep s) {
					studies.add(new Study(StudyJob.Kind.SWEEP, s.getName()));
				} else if (e instanceof Fit f) {
					studies.add(new Study(StudyJob.Kind.FIT, f.getName()));
				}
			}
		}
		return studies;
	}
}
