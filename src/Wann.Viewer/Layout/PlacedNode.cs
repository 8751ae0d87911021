using Wann.Core.Activation;
using Wann.Core.Genomes;

namespace Wann.Viewer.Layout;

/// <summary>A node with its place in the drawing.</summary>
/// <param name="Id">Genome node id.</param>
/// <param name="Kind">Bias, input, hidden or output.</param>
/// <param name="Activation">Its activation function.</param>
/// <param name="Layer">Column, 0 for bias and inputs.</param>
/// <param name="X">Horizontal centre, in drawing units.</param>
/// <param name="Y">Vertical centre, in drawing units.</param>
/// <param name="Label">Text beside the node (input and output names), or empty.</param>
public sealed record PlacedNode(int Id, NodeKind Kind, ActivationFunction Activation, int Layer, double X, double Y, string Label);
