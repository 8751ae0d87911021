namespace Wann.Pruning.Comparison;

/// <summary>The <c>matched</c> section of a <c>wann compare</c> config.</summary>
internal sealed class MatchedJson
{
    /// <summary>Gets or sets the pruning methods to train down to each champion's connection count.</summary>
    public List<string> Methods { get; set; } = [];

    /// <summary>Gets or sets the dense network's hidden layer widths.</summary>
    public List<int> Hidden { get; set; } = [300, 100];

    /// <summary>Gets or sets the training steps.</summary>
    public int Iterations { get; set; } = 5000;

    /// <summary>Gets or sets the batch size.</summary>
    public int Batch { get; set; } = 60;

    /// <summary>Gets or sets the learning rate.</summary>
    public double LearningRate { get; set; } = 1.2e-3;

    /// <summary>Gets or sets the rounds of iterative methods.</summary>
    public int Rounds { get; set; } = 5;

    /// <summary>Gets or sets the seed.</summary>
    public long Seed { get; set; } = 1;
}
