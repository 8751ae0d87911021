namespace Wann.Pruning.Studies;

/// <summary>A pruning-study config as bound by <see cref="PruningJsonContext"/>; defaults are what an absent field means.</summary>
internal sealed class PruningStudyJson
{
    /// <summary>Gets or sets the study's name (default: the file's name).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets a free description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the methods: magnitude, obd, lottery-ticket, synflow, snip, random.</summary>
    public List<string>? Methods { get; set; }

    /// <summary>Gets or sets the data set: mnist784 or mnist256.</summary>
    public string Data { get; set; } = "mnist784";

    /// <summary>Gets or sets the hidden layer widths.</summary>
    public List<int> Hidden { get; set; } = [300, 100];

    /// <summary>Gets or sets the optimizer: adam or sgd.</summary>
    public string Optimizer { get; set; } = "adam";

    /// <summary>Gets or sets the learning rate.</summary>
    public double LearningRate { get; set; } = 1.2e-3;

    /// <summary>Gets or sets the batch size.</summary>
    public int Batch { get; set; } = 60;

    /// <summary>Gets or sets the training steps per round.</summary>
    public int Iterations { get; set; } = 50_000;

    /// <summary>Gets or sets the pruning rounds of iterative methods.</summary>
    public int Rounds { get; set; } = 16;

    /// <summary>Gets or sets the fraction pruned per round.</summary>
    public double Rate { get; set; } = 0.2;

    /// <summary>Gets or sets the fraction of the output layer pruned per round.</summary>
    public double OutputRate { get; set; } = 0.1;

    /// <summary>Gets or sets the ranking scope: layer or global.</summary>
    public string Scope { get; set; } = "layer";

    /// <summary>Gets or sets the training step weights are rewound to (lottery ticket).</summary>
    public int RewindIteration { get; set; }

    /// <summary>Gets or sets the densities of at-initialisation methods.</summary>
    public List<double> Densities { get; set; } = [];

    /// <summary>Gets or sets SynFlow's scoring iterations.</summary>
    public int SynflowIterations { get; set; } = 100;

    /// <summary>Gets or sets a value indicating whether a shuffled-mask control is trained too.</summary>
    public bool ShuffledControl { get; set; }

    /// <summary>Gets or sets the examples used for data-dependent scores.</summary>
    public int ScoreExamples { get; set; } = 2000;

    /// <summary>Gets or sets the training examples used (0: all).</summary>
    public int TrainExamples { get; set; }

    /// <summary>Gets or sets the seed.</summary>
    public long Seed { get; set; } = 1;

    /// <summary>Gets or sets the worker threads (0: all cores).</summary>
    public int Threads { get; set; }
}
