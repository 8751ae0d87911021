namespace Wann.Core.Evaluation;

/// <summary>Mean and sample standard deviation of episode scores.</summary>
/// <param name="Mean">Mean score.</param>
/// <param name="Sd">Sample standard deviation (n − 1).</param>
/// <param name="Episodes">Number of episodes.</param>
public sealed record ScoreSummary(double Mean, double Sd, int Episodes)
{
    /// <summary>Summarises scores.</summary>
    /// <param name="scores">Episode scores.</param>
    /// <returns>The summary.</returns>
    public static ScoreSummary Of(ReadOnlySpan<double> scores)
    {
        double mean = 0.0;
        foreach (double s in scores)
        {
            mean += s;
        }

        mean /= scores.Length;
        double squares = 0.0;
        foreach (double s in scores)
        {
            squares += (s - mean) * (s - mean);
        }

        double sd = scores.Length > 1 ? Math.Sqrt(squares / (scores.Length - 1)) : 0.0;
        return new ScoreSummary(mean, sd, scores.Length);
    }
}
