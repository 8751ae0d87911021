using Wann.Pruning.Training;

namespace Wann.Pruning.Studies;

/// <summary>A pruning study: one method, one network shape, one schedule, one training recipe.</summary>
/// <param name="Name">The study's name (file and report names).</param>
/// <param name="Method">The method.</param>
/// <param name="Data">The input data: <c>mnist784</c> (28×28 pixels in [0, 1], the LTH setting) or <c>mnist256</c> (16×16 deskewed, the WANN setting).</param>
/// <param name="Hidden">Hidden layer widths (LeNet-300-100: 300, 100).</param>
/// <param name="Training">How every network of the study is trained.</param>
/// <param name="Rounds">Iterative methods: pruning rounds after the dense training.</param>
/// <param name="Rate">Iterative methods: fraction of each hidden layer's kept weights pruned per round (LTH: 0.2).</param>
/// <param name="OutputRate">Iterative methods: the same for the output layer (LTH: 0.1).</param>
/// <param name="GlobalScope">Iterative methods: rank all layers together at <paramref name="Rate"/> instead of per layer.</param>
/// <param name="RewindIteration">Lottery Ticket: the step whose weights the survivors are reset to (0: initialisation).</param>
/// <param name="Densities">At-initialisation methods: the fractions of weights kept, one trained network each.</param>
/// <param name="SynFlowIterations">SynFlow: scoring iterations per density (the paper: 100).</param>
/// <param name="ShuffledControl">Also train, at every point, a network with the point's mask shuffled within each layer from the same initialisation.</param>
/// <param name="ScoreExamples">OBD and SNIP: training examples the scores are computed on (SNIP's paper: 100).</param>
/// <param name="TrainExamples">Training examples used (0: all 60,000); for quick runs.</param>
/// <param name="Seed">Seed of the initialisation and of everything random in the study.</param>
public sealed record PruningStudySettings(
    string Name,
    PruningMethod Method,
    string Data,
    IReadOnlyList<int> Hidden,
    TrainingSettings Training,
    int Rounds = 16,
    double Rate = 0.2,
    double OutputRate = 0.1,
    bool GlobalScope = false,
    int RewindIteration = 0,
    IReadOnlyList<double>? Densities = null,
    int SynFlowIterations = 100,
    bool ShuffledControl = false,
    int ScoreExamples = 2000,
    int TrainExamples = 0,
    ulong Seed = 1);
