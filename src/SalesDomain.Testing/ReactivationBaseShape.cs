namespace SalesDomain.Testing;

/// <summary>The kinds of base <see cref="ReactivationGenerators.ShapedBases"/> produces, each an edge case of the BG/NBD fit.</summary>
public enum ReactivationBaseShape
{
    /// <summary>Every client bought on one day only (x = 0 for all: the dropout process is not identified).</summary>
    OnePurchaseEach,

    /// <summary>Clients buying on a fixed day of (most) months: no heterogeneity, no visible dropout.</summary>
    RegularMonthly,

    /// <summary>A single client with an arbitrary history.</summary>
    SingleClient,

    /// <summary>Returns, 0.00 rows and orders cancelled the same day among the purchases.</summary>
    ReturnsAndZeroRows,

    /// <summary>Heterogeneous buyers who drop out after a purchase, as the BG/NBD model assumes.</summary>
    BgNbdProcess,
}
