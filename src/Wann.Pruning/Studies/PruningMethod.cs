namespace Wann.Pruning.Studies;

/// <summary>The pruning methods a study can run.</summary>
public enum PruningMethod
{
    /// <summary>Train, prune the smallest |w|, retrain from the trained weights; repeat (Han et al. 2015).</summary>
    Magnitude,

    /// <summary>Train, prune the lowest OBD saliency h·w²/2, retrain; repeat (LeCun et al. 1990).</summary>
    Obd,

    /// <summary>Train, prune the smallest |w| per layer, rewind the survivors to initialisation (or step k), retrain; repeat (Frankle and Carbin 2019).</summary>
    LotteryTicket,

    /// <summary>Prune at initialisation by iterated data-free SynFlow scores on an exponential schedule, then train once per density (Tanaka et al. 2020).</summary>
    SynFlow,

    /// <summary>Prune at initialisation by one-batch connection sensitivity, then train once per density (Lee et al. 2019).</summary>
    Snip,

    /// <summary>Prune at initialisation at random, then train once per density.</summary>
    Random,
}
