namespace Wann.Files;

/// <summary>Splits the serializer's JSON paths (<c>$.nodes[2].id</c>, <c>$['odd.name']</c>) into property names and
/// array indices, and extends a path by a property name in the same notation.</summary>
internal static class JsonPathSegments
{
    /// <summary>Splits a path.</summary>
    /// <param name="path">A path starting with <c>$</c>.</param>
    /// <returns>Its property names and indices (as text), outermost first.</returns>
    public static List<string> Split(string path)
    {
        var segments = new List<string>();
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }

        return segments;
    }

    /// <summary>Appends a property name to a path.</summary>
    /// <param name="path">The parent's path.</param>
    /// <param name="name">The property name.</param>
    /// <returns>E.g. <c>$.nodes[2].id</c>, or <c>$.scores['a b']</c> for a name that is not an identifier.</returns>
    public static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? $"{path}.{name}"
            : $"{path}['{name}']";
}
