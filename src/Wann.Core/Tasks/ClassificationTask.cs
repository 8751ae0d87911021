using Wann.Environments.Digits;
using Wann.Environments.Spaces;

namespace Wann.Core.Tasks;

/// <summary>
/// Digit classification as a WANN task (the paper's mnist256): the network sees one image's pixels
/// and its outputs, through a softmax, are the class probabilities. An "episode" is one batch of
/// training images; its score is the negative mean cross-entropy over the batch.
/// </summary>
/// <remarks>
/// <para>The episode seed picks the batch (drawn without replacement from the training set), so every
/// genome and every weight value of a generation is scored on the same images, as in the reference,
/// where the six weight values share one batch seed.</para>
/// <para>The data are loaded on first use, not when the task is registered: listing or validating
/// experiments needs no data.</para>
/// </remarks>
public sealed class ClassificationTask : WannTask
{
    private readonly Lazy<(DigitSet Train, DigitSet Test)> _data;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    /// <summary>Creates a task.</summary>
    /// <param name="name">Registry name.</param>
    /// <param name="description">One-line description.</param>
    /// <param name="rows">Image height the network sees.</param>
    /// <param name="columns">Image width the network sees.</param>
    /// <param name="batchSize">Training images per episode (the reference: 1,000).</param>
    /// <param name="load">Loads the training and test sets (called once, on first use).</param>
    public ClassificationTask(string name, string description, int rows, int columns, int batchSize, Func<(DigitSet Train, DigitSet Test)> load)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        Name = name;
        Description = description;
        BatchSize = batchSize;
        _data = new(() => Check(load(), rows, columns));
        _inputNames = new string[rows * columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                _inputNames[(r * columns) + c] = $"px{r}_{c}";
            }
        }

        ObservationSpace = Space.Continuous(_inputNames, double.NegativeInfinity, double.PositiveInfinity);
        _outputNames = new string[ClassCount];
        for (int d = 0; d < ClassCount; d++)
        {
            _outputNames[d] = $"digit{d}";
        }
    }

    /// <summary>The number of classes (digits).</summary>
    public const int ClassCount = 10;

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string Description { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> InputNames => _inputNames;

    /// <inheritdoc/>
    public override IReadOnlyList<string> OutputNames => _outputNames;

    /// <inheritdoc/>
    /// <remarks>Pixel intensities; declared unbounded because resizing and deskewing may step slightly outside [0, 1].</remarks>
    public override Space ObservationSpace { get; }

    /// <inheritdoc/>
    /// <remarks>Ten digits; the prediction is the argmax of the ten outputs.</remarks>
    public override Space ActionSpace { get; } = Space.Discrete(ClassCount, "digit");

    /// <summary>Gets the number of training images per episode.</summary>
    public int BatchSize { get; }

    /// <summary>Gets the training set (loaded on first use).</summary>
    public DigitSet Train => _data.Value.Train;

    /// <summary>Gets the test set (loaded on first use).</summary>
    public DigitSet Test => _data.Value.Test;

    /// <summary>Creates the paper's mnist256 task on the default MNIST folder: 16x16 deskewed images, batches of 1,000.</summary>
    /// <returns>The task.</returns>
    public static ClassificationTask Mnist256() =>
        new(
            "mnist256",
            "MNIST digits resized to 16x16 and deskewed; 256 inputs, 10 softmax outputs; fitness -cross-entropy on 1,000 training images",
            DigitPreprocessing.WannSide,
            DigitPreprocessing.WannSide,
            1000,
            () =>
            {
                MnistData data = MnistData.LoadDefault();
                return (data.Train16, data.Test16);
            });

    /// <inheritdoc/>
    public override TaskRunner CreateRunner(int laneCount) => new ClassificationRunner(this, laneCount);

    private static (DigitSet Train, DigitSet Test) Check((DigitSet Train, DigitSet Test) sets, int rows, int columns)
    {
        foreach (DigitSet set in new[] { sets.Train, sets.Test })
        {
            if (set.Rows != rows || set.Columns != columns)
            {
                throw new InvalidDataException($"Digit images are {set.Rows}x{set.Columns}, the task expects {rows}x{columns}.");
            }
        }

        return sets;
    }
}
