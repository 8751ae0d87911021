using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>Finishes one genome of generation 0, drawing from that genome's own random stream.</summary>
/// <param name="genome">The genome as built from the skeleton.</param>
/// <param name="rng">The genome's stream, after the enabled connections were drawn.</param>
/// <returns>The finished genome.</returns>
public delegate Genome GenomeInitializer(Genome genome, ref Xoshiro256 rng);
