namespace Wann.Server;

/// <summary>File checks shared by the run and study catalogs: links are never followed out of the viewer's folder.</summary>
internal static class FolderFiles
{
    /// <summary>Whether a path is an existing regular file that is not a link.</summary>
    public static bool IsPlainFile(string path) => File.Exists(path) && !IsLink(path);

    /// <summary>Whether a path is a link (or cannot be inspected, which is treated the same: not served).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The last part of a folder path, as the viewer names runs and studies.</summary>
    public static string NameOf(string folder) => Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar));
}
