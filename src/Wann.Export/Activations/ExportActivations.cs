using System.Collections.Concurrent;
using Wann.Core.Activation;

namespace Wann.Export.Activations;

/// <summary>
/// The export forms of activation functions, by id. The WANN functions are registered here; a plug-in that
/// adds a function to the <see cref="ActivationTable"/> registers its export form with <see cref="Register"/>
/// (for example in its plug-in's registration), and `wann export --plugin` can then write its networks.
/// </summary>
public static class ExportActivations
{
    private static readonly ConcurrentDictionary<ActivationFunction, ActivationExportForm> s_forms = new();

    static ExportActivations()
    {
        foreach (ActivationExportForm form in BuiltInExportForms.All)
        {
            s_forms[form.Id] = form;
        }
    }

    /// <summary>Registers an activation's export form.</summary>
    /// <param name="form">The form; its id must be in the <see cref="ActivationTable"/> and not yet have a form.</param>
    /// <exception cref="ArgumentException">The id is unknown or already has a form.</exception>
    public static void Register(ActivationExportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ActivationTable.Contains((int)form.Id))
        {
            throw new ArgumentException($"Activation id {(int)form.Id} is not in the activation table: register the function with ActivationTable.Register first.", nameof(form));
        }

        if (!s_forms.TryAdd(form.Id, form))
        {
            throw new ArgumentException($"Activation '{ActivationTable.Get(form.Id).Name}' already has an export form.", nameof(form));
        }
    }

    /// <summary>The export form of a function.</summary>
    /// <param name="id">The function's id.</param>
    /// <param name="format">The format being written, for the message ("ONNX" or "C").</param>
    /// <returns>The form.</returns>
    /// <exception cref="ExportException">The function has no export form.</exception>
    internal static ActivationExportForm Get(ActivationFunction id, string format)
    {
        if (s_forms.TryGetValue(id, out ActivationExportForm? form))
        {
            return form;
        }

        string name = ActivationTable.Contains((int)id) ? ActivationTable.Get(id).Name : $"id {(int)id}";
        throw new ExportException(
            $"activation \"{name}\" has no {format} form: its plug-in must register one with ExportActivations.Register "
            + "(load it with --plugin); functions with a form: "
            + string.Join(", ", s_forms.Keys.Where(k => ActivationTable.Contains((int)k)).Select(k => ActivationTable.Get(k).Name).Order(StringComparer.Ordinal)) + ".");
    }
}
