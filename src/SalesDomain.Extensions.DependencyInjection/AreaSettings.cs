using SalesDomain.Contacts;
using SalesDomain.Forecast;
using SalesDomain.Motivation;
using SalesDomain.Reactivation;

namespace SalesDomain;

/// <summary>Bindable contact-norm settings (docs/contacts.md in the repository); the norms per segment keep the seeds' values.</summary>
public sealed class ContactSettings
{
    /// <summary>Whether several contacts with a client on one day count once; default true.</summary>
    public bool CountContactDays { get; set; } = ContactNorms.Default.CountContactDays;

    /// <summary>Hours one contact takes; default 0.5.</summary>
    public decimal HoursPerContact { get; set; } = ContactNorms.Default.HoursPerContact;

    /// <summary>The immutable norms.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public ContactNorms ToOptions() => ContactNorms.Default with { CountContactDays = CountContactDays, HoursPerContact = HoursPerContact };
}

/// <summary>Bindable reactivation settings (docs/reactivation.md in the repository).</summary>
public sealed class ReactivationSettings
{
    /// <summary>A client is overdue after k × its own usual interval; default 1.</summary>
    public double K { get; set; } = ReactivationRuleOptions.Default.K;

    /// <summary>The BG/NBD time unit in days; default 7 (weeks).</summary>
    public double TimeUnitDays { get; set; } = ReactivationOptions.Default.TimeUnitDays;

    /// <summary>Days ahead the expected purchases cover; default 365.</summary>
    public int HorizonDays { get; set; } = ReactivationOptions.Default.HorizonDays;

    /// <summary>The immutable options.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public ReactivationOptions ToOptions() => ReactivationOptions.Default with
    {
        Rule = ReactivationRuleOptions.Default with { K = K },
        TimeUnitDays = TimeUnitDays,
        HorizonDays = HorizonDays,
    };
}

/// <summary>Bindable lost-client settings (docs/reactivation.md in the repository).</summary>
public sealed class LostClientSettings
{
    /// <summary>What the list is ranked by; default profit.</summary>
    public LostClientRanking RankBy { get; set; } = LostClientOptions.Default.RankBy;

    /// <summary>Clients on the list; default 20.</summary>
    public int Top { get; set; } = LostClientOptions.Default.Top;

    /// <summary>Days from the as-of date to the first return step; default 7.</summary>
    public int ReturnLeadDays { get; set; } = LostClientOptions.Default.ReturnLeadDays;

    /// <summary>The immutable options.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public LostClientOptions ToOptions() => LostClientOptions.Default with { RankBy = RankBy, Top = Top, ReturnLeadDays = ReturnLeadDays };
}

/// <summary>Bindable forecast settings (docs/forecast.md in the repository); the deal policy keeps the seeds' stages.</summary>
public sealed class ForecastSettings
{
    /// <summary>Whether deals of clients without a category count in the forecast; default true.</summary>
    public bool UnclassifiedClientsAreTargets { get; set; } = ForecastOptions.Default.UnclassifiedClientsAreTargets;

    /// <summary>The immutable options.</summary>
    public ForecastOptions ToOptions() => ForecastOptions.Default with { UnclassifiedClientsAreTargets = UnclassifiedClientsAreTargets };
}

/// <summary>Bindable motivation settings (docs/motivation.md in the repository).</summary>
public sealed class MotivationSettings
{
    /// <summary>Months without a purchase after which a purchase is an activation; default 12.</summary>
    public int ActivationMonthsWithoutPurchase { get; set; } = ActivationRule.Default.MonthsWithoutPurchase;

    /// <summary>Whether an activation needs a purchase history before the gap; default true.</summary>
    public bool ActivationRequiresHistory { get; set; } = ActivationRule.Default.RequireHistory;

    /// <summary>The immutable activation rule.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public ActivationRule ToOptions() => ActivationRule.Default with
    {
        MonthsWithoutPurchase = ActivationMonthsWithoutPurchase,
        RequireHistory = ActivationRequiresHistory,
    };
}
