namespace Wann.Statistics;

/// <summary>Conventional size labels of the Vargha-Delaney A12 effect size.</summary>
public enum EffectMagnitude
{
    /// <summary>|A12 - 0.5| below 0.06 (A12 within (0.44, 0.56)).</summary>
    Negligible,

    /// <summary>A12 from 0.56 (or to 0.44) up to 0.64 (0.36).</summary>
    Small,

    /// <summary>A12 from 0.64 (or to 0.36) up to 0.71 (0.29).</summary>
    Medium,

    /// <summary>A12 at least 0.71 or at most 0.29.</summary>
    Large,
}
