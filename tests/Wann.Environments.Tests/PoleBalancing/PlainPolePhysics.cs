namespace Wann.Environments.Tests.PoleBalancing;

/// <summary>
/// A second, deliberately plain implementation of the published equations (shared/reference/envs.md §1 and
/// §3.1), written independently of the library: one state at a time, Math.Sin/Math.Cos, textbook RK4.
/// </summary>
internal static class PlainPolePhysics
{
    public static double[] CartPoleStep(double[] s, bool pushRight)
    {
        const double g = 9.8, mc = 1.0, mp = 0.1, l = 0.5, tau = 0.02;
        double f = pushRight ? 10.0 : -10.0;
        double temp = (f + (mp * l * s[3] * s[3] * Math.Sin(s[2]))) / (mc + mp);
        double thetaAcc = ((g * Math.Sin(s[2])) - (Math.Cos(s[2]) * temp)) / (l * ((4.0 / 3.0) - (mp * Math.Cos(s[2]) * Math.Cos(s[2]) / (mc + mp))));
        double xAcc = temp - (mp * l * thetaAcc * Math.Cos(s[2]) / (mc + mp));
        return [s[0] + (tau * s[1]), s[1] + (tau * xAcc), s[2] + (tau * s[3]), s[3] + (tau * thetaAcc)];
    }

    public static bool CartPoleFailed(double[] s) => Math.Abs(s[0]) > 2.4 || Math.Abs(s[2]) > 12 * 2 * Math.PI / 360;

    private static double[] DoublePoleDerivative(double[] s, double f)
    {
        const double g = -9.8, m = 1.0, m1 = 0.1, l1 = 0.5, m2 = 0.01, l2 = 0.05, mup = 0.000002;
        double ft1 = (m1 * l1 * s[3] * s[3] * Math.Sin(s[2])) + (0.75 * m1 * Math.Cos(s[2]) * ((mup * s[3] / (m1 * l1)) + (g * Math.Sin(s[2]))));
        double ft2 = (m2 * l2 * s[5] * s[5] * Math.Sin(s[4])) + (0.75 * m2 * Math.Cos(s[4]) * ((mup * s[5] / (m2 * l2)) + (g * Math.Sin(s[4]))));
        double mt1 = m1 * (1 - (0.75 * Math.Cos(s[2]) * Math.Cos(s[2])));
        double mt2 = m2 * (1 - (0.75 * Math.Cos(s[4]) * Math.Cos(s[4])));
        double xAcc = (f + ft1 + ft2) / (m + mt1 + mt2);
        double t1Acc = -(3.0 / (4.0 * l1)) * ((xAcc * Math.Cos(s[2])) + (g * Math.Sin(s[2])) + (mup * s[3] / (m1 * l1)));
        double t2Acc = -(3.0 / (4.0 * l2)) * ((xAcc * Math.Cos(s[4])) + (g * Math.Sin(s[4])) + (mup * s[5] / (m2 * l2)));
        return [s[1], xAcc, s[3], t1Acc, s[5], t2Acc];
    }

    public static double[] DoublePoleStep(double[] s, double output)
    {
        double f = (Math.Clamp(output, 0, 1) - 0.5) * 20.0;
        const double h = 0.01;
        for (int step = 0; step < 2; step++)
        {
            double[] k1 = DoublePoleDerivative(s, f);
            double[] k2 = DoublePoleDerivative([.. s.Select((v, i) => v + (h / 2 * k1[i]))], f);
            double[] k3 = DoublePoleDerivative([.. s.Select((v, i) => v + (h / 2 * k2[i]))], f);
            double[] k4 = DoublePoleDerivative([.. s.Select((v, i) => v + (h * k3[i]))], f);
            s = [.. s.Select((v, i) => v + (h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i])))];
        }

        return s;
    }

    public static bool DoublePoleFailed(double[] s) => Math.Abs(s[0]) > 2.4 || Math.Abs(s[2]) > 0.628329 || Math.Abs(s[4]) > 0.628329;
}
