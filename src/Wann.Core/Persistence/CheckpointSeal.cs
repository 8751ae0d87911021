using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Wann.Core.Persistence;

/// <summary>
/// Seals a checkpoint with the SHA-256 of its content, written as its last field, so a hand edit (another seed,
/// a fake champion) is detected on resume. Checkpoints written before the seal existed have none and still load.
/// </summary>
internal static partial class CheckpointSeal
{
    /// <summary>Appends the seal to a checkpoint's JSON (compact at the top level, ending with "}\n").</summary>
    /// <param name="body">The JSON text.</param>
    /// <returns>The sealed text.</returns>
    public static string Seal(string body)
    {
        if (!body.EndsWith("}\n", StringComparison.Ordinal))
        {
            throw new ArgumentException("A checkpoint's JSON ends with its closing brace and a newline.", nameof(body));
        }

        return string.Concat(body.AsSpan(0, body.Length - 2), SealField(Hash(body)));
    }

    /// <summary>Seals serialized checkpoint JSON held as UTF-8 in <paramref name="json"/> (without the final newline), in place:
    /// the stream ends with the same bytes as <see cref="Seal"/> of the text plus its newline.</summary>
    /// <param name="json">The serializer's output, ending with the closing brace; positioned anywhere.</param>
    public static void SealInPlace(MemoryStream json)
    {
        ReadOnlySpan<byte> body = json.GetBuffer().AsSpan(0, checked((int)json.Length));
        if (body.Length == 0 || body[^1] != (byte)'}')
        {
            throw new ArgumentException("A checkpoint's JSON ends with its closing brace.", nameof(json));
        }

        // The seal hashes the text with its newline (Seal's body).
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(body);
        hash.AppendData("\n"u8);
        string hex = Convert.ToHexStringLower(hash.GetHashAndReset());
        json.SetLength(json.Length - 1);
        json.Position = json.Length;
        json.Write(Encoding.UTF8.GetBytes(SealField(hex)));
    }

    /// <summary>Checks a checkpoint's seal and returns its content without the seal.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="body">The content the seal covers (the whole text when there is no seal).</param>
    /// <returns>True when a seal is present and does not match.</returns>
    public static bool IsBroken(string text, out string body)
    {
        Match seal = SealPattern().Match(text);
        if (!seal.Success)
        {
            body = text;
            return false;
        }

        body = string.Concat(text.AsSpan(0, seal.Index), "}\n");
        return !string.Equals(seal.Groups[1].Value, Hash(body), StringComparison.Ordinal);
    }

    /// <summary>Returns whether the text ends with a seal (matching or not).</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>True when sealed.</returns>
    public static bool IsSealed(string text) => SealPattern().IsMatch(text);

    // The seal's last field and the closing of the object, the same for both writers.
    private static string SealField(string hex) => string.Concat(",\"sha256\":\"", hex, "\"}\n");

    private static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    [GeneratedRegex("""\s*,\s*"sha256"\s*:\s*"([0-9a-fA-F]{64})"\s*}\s*\z""")]
    private static partial Regex SealPattern();
}
