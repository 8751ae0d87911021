namespace Wann.Viewer.Rendering;

/// <summary>A genome's picture is too large for the chosen format (a PNG side beyond <see cref="PngRenderer.MaxSide"/>).</summary>
public sealed class PictureTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PictureTooLargeException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is too large and what to write instead.</param>
    public PictureTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PictureTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
