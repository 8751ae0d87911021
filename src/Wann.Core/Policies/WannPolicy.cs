using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments.Spaces;
using Wann.Files;

namespace Wann.Core.Policies;

/// <summary>
/// A genome as a policy: <see cref="Act(ReadOnlySpan{double}, Span{double})"/> turns one observation into one
/// action of the task's action space, with the same input mapping and action decoding the evaluator uses.
/// </summary>
/// <example>
/// <code>
/// WannPolicy policy = WannPolicy.Load("runs/cartpole/champion.json"); // the best validated shared weight
/// policy.Reset();                                                     // at the start of every episode
/// double[] action = policy.Act(observation);                          // CartPole: [0.0] or [1.0]
/// </code>
/// </example>
/// <remarks>One policy is one network state: use one per concurrent episode. <see cref="Act(ReadOnlySpan{double}, Span{double})"/> allocates nothing.</remarks>
public sealed class WannPolicy
{
    private readonly LaneNetwork _network = new(1);
    private readonly ControlTask? _control;
    private readonly ActionDecoder _decoder;
    private readonly double[] _inputs;
    private readonly double[] _outputs;

    private WannPolicy(Genome genome, WannTask task, double? weight)
    {
        if (genome.InputCount != task.InputCount || genome.OutputCount != task.OutputCount)
        {
            throw new ArgumentException($"The genome has {genome.InputCount} inputs and {genome.OutputCount} outputs; task {task.Name} has {task.InputCount} and {task.OutputCount}.");
        }

        Genome = genome;
        Task = task;
        Weight = weight;
        _control = task as ControlTask;
        _decoder = _control?.Decoder ?? ActionDecoder.For(task.ActionSpace);
        _inputs = new double[task.InputCount];
        _outputs = new double[task.OutputCount];
        if (weight is double w)
        {
            _network.LoadShared(genome.Program, [w]);
        }
        else
        {
            _network.LoadOwnWeights(genome.Program);
        }
    }

    /// <summary>Gets the genome.</summary>
    public Genome Genome { get; }

    /// <summary>Gets the task whose spaces the policy reads and writes.</summary>
    public WannTask Task { get; }

    /// <summary>Gets the shared weight of every connection, or null when the genome's own weights are used.</summary>
    public double? Weight { get; }

    /// <summary>Gets the observation space.</summary>
    public Space ObservationSpace => Task.ObservationSpace;

    /// <summary>Gets the action space.</summary>
    public Space ActionSpace => Task.ActionSpace;

    /// <summary>Loads a genome file (champion.json, any Wann genome JSON) as a policy.</summary>
    /// <param name="path">The file.</param>
    /// <param name="weight">The shared weight; default the weight the champion validated best with, else 1.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InputFileException">The file is missing or malformed, or its task is unknown.</exception>
    public static WannPolicy Load(string path, double? weight = null) => FromDocument(GenomeSource.Load(path, null), weight);

    /// <summary>Loads a genome file as a policy with the genome's own connection weights (NEAT runs, tuned genomes).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The policy.</returns>
    public static WannPolicy LoadWithOwnWeights(string path)
    {
        GenomeDocument document = GenomeSource.Load(path, null);
        return new WannPolicy(document.Genome, TaskCatalog.Default.Get(document.Task), null);
    }

    /// <summary>Makes a policy of a loaded genome file.</summary>
    /// <param name="document">The genome with its task and scores.</param>
    /// <param name="weight">The shared weight; default the best validated one (see <see cref="ChampionWeights"/>), else 1.</param>
    /// <param name="catalog">Where the task is looked up; default <see cref="TaskCatalog.Default"/>.</param>
    /// <returns>The policy.</returns>
    public static WannPolicy FromDocument(GenomeDocument document, double? weight = null, TaskCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        WannTask task = (catalog ?? TaskCatalog.Default).Get(document.Task);
        return new WannPolicy(document.Genome, task, weight ?? ChampionWeights.Best(document) ?? 1.0);
    }

    /// <summary>Makes a policy of a genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="task">Its task.</param>
    /// <param name="weight">The shared weight, or null for the genome's own weights.</param>
    /// <returns>The policy.</returns>
    public static WannPolicy FromGenome(Genome genome, WannTask task, double? weight)
    {
        ArgumentNullException.ThrowIfNull(genome);
        ArgumentNullException.ThrowIfNull(task);
        return new WannPolicy(genome, task, weight);
    }

    /// <summary>Clears the network's recurrent state; call at the start of every episode.</summary>
    public void Reset() => _network.ResetState();

    /// <summary>Computes the action for an observation.</summary>
    /// <param name="observation"><c>ObservationSpace.Size</c> values.</param>
    /// <param name="action">Receives <c>ActionSpace.Size</c> values (a discrete action is its index).</param>
    public void Act(ReadOnlySpan<double> observation, Span<double> action)
    {
        if (observation.Length != ObservationSpace.Size || action.Length != ActionSpace.Size)
        {
            throw new ArgumentException($"Task {Task.Name}: expected an observation of {ObservationSpace.Size} and an action buffer of {ActionSpace.Size} values; got {observation.Length} and {action.Length}.");
        }

        if (_control is not null)
        {
            _control.MapObservations(observation, _inputs, 1);
        }
        else
        {
            observation.CopyTo(_inputs);
        }

        _network.Activate(_inputs, _outputs);
        if (_control is not null)
        {
            _control.MapOutputs(_outputs, action, 1);
        }
        else
        {
            _decoder.Decode(_outputs, action, 1);
        }
    }

    /// <summary>Computes the action for an observation into a new array.</summary>
    /// <param name="observation"><c>ObservationSpace.Size</c> values.</param>
    /// <returns>The action.</returns>
    public double[] Act(ReadOnlySpan<double> observation)
    {
        var action = new double[ActionSpace.Size];
        Act(observation, action);
        return action;
    }
}
