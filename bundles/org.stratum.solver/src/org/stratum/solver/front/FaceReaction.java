package org.stratum.solver.front;

/**
 * The Butler-Volmer reaction across one face between an electron-conducting cell and an ion-conducting cell.
 *
 * @param exchangeCurrent i0 of the face, per true interface area, A/m2
 * @param barrier nucleation overpotential a bare substrate needs before Li forms on it, V (not negative)
 * @param platingOnly whether the electron conductor holds no Li (carbon, Li-Ge): such a face can only plate, from
 *        {@code |eta| > barrier} on, and never strips
 */
public record FaceReaction(double exchangeCurrent, double barrier, boolean platingOnly) {

	/** Which reaction a face has, from the cells either side; null when the face does not react. */
	@FunctionalInterface
	public interface Rule {
		FaceReaction between(int electronCell, int ionCell);
	}

	/** A face with Li on its electronic side, reacting both ways. */
	public static FaceReaction lithium(double exchangeCurrent) {
		return new FaceReaction(exchangeCurrent, 0, false);
	}
}
