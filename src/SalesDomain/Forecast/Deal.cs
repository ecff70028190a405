namespace SalesDomain.Forecast;

/// <summary>
/// A deal (sale process) with a client (DOMAIN.md §5). Its stage and probability are derived from the
/// <see cref="Criteria"/> it meets through a <see cref="DealPolicy"/>; they are never typed in. A new deal is open;
/// <see cref="AsWon"/> closes it with a close date, <see cref="AsLost"/> with a loss reason, so a won deal always has
/// a close date and a lost deal always has a reason.
/// </summary>
public sealed record Deal
{
    /// <summary>Creates an open deal.</summary>
    /// <param name="id">Deal identifier; not empty.</param>
    /// <param name="clientId">Client identifier; not empty.</param>
    /// <param name="managerId">Identifier of the responsible manager; not empty.</param>
    /// <param name="amount">Expected amount in the base currency; &gt;= 0.</param>
    /// <param name="expectedClose">Date the deal is expected to close.</param>
    /// <param name="criteria">The verifiable criteria the deal meets.</param>
    public Deal(string id, string clientId, string managerId, decimal amount, DateOnly expectedClose, DealCriteria criteria)
    {
        Id = id;
        ClientId = clientId;
        ManagerId = managerId;
        Amount = amount;
        ExpectedClose = expectedClose;
        Criteria = criteria;
    }

    /// <summary>Deal identifier; not empty.</summary>
    public string Id { get; init => field = Guard.NotEmpty(value, nameof(Id)); }

    /// <summary>Client identifier; not empty.</summary>
    public string ClientId { get; init => field = Guard.NotEmpty(value, nameof(ClientId)); }

    /// <summary>Identifier of the responsible manager; not empty.</summary>
    public string ManagerId { get; init => field = Guard.NotEmpty(value, nameof(ManagerId)); }

    /// <summary>Expected (or, when won, actual) amount in the base currency; &gt;= 0.</summary>
    public decimal Amount { get; init => field = Model.Money.NonNegativeAmount(value, nameof(Amount)); }

    /// <summary>Date the deal is expected to close; its month is the deal's forecast period.</summary>
    public DateOnly ExpectedClose { get; init; }

    /// <summary>The verifiable criteria the deal meets (DOMAIN.md §5).</summary>
    public DealCriteria Criteria
    {
        get;
        init => field = (value & ~DealCriteria.All) == 0 ? value : throw Guard.OutOfRange(nameof(Criteria), value, "must combine only defined criteria");
    }

    /// <summary>Open, won or lost; a new deal is open.</summary>
    public DealStatus Status { get; private init; }

    /// <summary>The date a won deal closed; null unless <see cref="Status"/> is <see cref="DealStatus.Won"/>.</summary>
    public DateOnly? CloseDate { get; private init; }

    /// <summary>Why a lost deal was lost; null unless <see cref="Status"/> is <see cref="DealStatus.Lost"/>.</summary>
    public string? LossReason { get; private init; }

    /// <summary>The planned next step, free text; null when not recorded (not checked), empty when none is planned.</summary>
    public string? NextStep { get; init; }

    /// <summary>
    /// Whether the deal stays in its manager's forecast even when its client is not a forecast target: the seed's
    /// exception for complex orders of non-target clients, which the manager keeps instead of handing to the
    /// assistant. Default false.
    /// </summary>
    public bool StaysWithManager { get; init; }

    /// <summary>The date the deal entered its current stage, when known (used for stuck-deal detection).</summary>
    public DateOnly? StageSince { get; init; }

    /// <summary>This deal won on <paramref name="closeDate"/>.</summary>
    public Deal AsWon(DateOnly closeDate) => this with { Status = DealStatus.Won, CloseDate = closeDate, LossReason = null };

    /// <summary>This deal lost for <paramref name="reason"/> (not empty); its criteria record the stage it was lost at.</summary>
    public Deal AsLost(string reason) =>
        this with { Status = DealStatus.Lost, LossReason = Guard.NotEmpty(reason).Trim(), CloseDate = null };
}
