using MathNet.Numerics.Statistics;

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
        if (scores.Length == 0)
        {
            return new ScoreSummary(double.NaN, 0.0, 0);
        }

        double[] values = scores.ToArray();
        double mean = ArrayStatistics.Mean(values);
        double sd = values.Length > 1 ? ArrayStatistics.StandardDeviation(values) : 0.0;
        return new ScoreSummary(mean, sd, values.Length);
    }
}
