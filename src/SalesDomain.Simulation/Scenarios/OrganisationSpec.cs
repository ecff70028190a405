namespace SalesDomain.Simulation.Scenarios;

/// <summary>
/// The sales organisation around the managers (seeds 001, 003; docs/simulator.md in the repository, "Hunters and farmers"): a finite
/// market whose leads get worse as hunting thins it, manager turnover with its clients at risk, hiring delay, cost and
/// ramp-up, trainees who make the cheap block-1 cold calls, and the head who joins the closings of block 3.
/// </summary>
public sealed record OrganisationSpec
{
    /// <summary>
    /// Lead quality = (pool left ÷ market capacity)^this: the best leads are worked first, so the deal conversion falls as
    /// hunting depletes the market; default 1 (assumption). 0 keeps the quality at 1.
    /// </summary>
    public double LeadQualityExponent { get; set; } = 1.0;

    /// <summary>Monthly probability that a manager leaves; default 0.015, about 17 % a year (assumption).</summary>
    public double ManagerAttritionMonthly { get; set; } = 0.015;

    /// <summary>
    /// Share of a leaving manager's clients that it won itself and still holds who leave with it (seed 003: clients stick
    /// to the manager who acquired them — a risk); default 0.3 (assumption).
    /// </summary>
    public double StickyClientsLeaving { get; set; } = 0.3;

    /// <summary>Share of a leaving manager's other clients (inherited, handed over) who leave with it; default 0.05 (assumption).</summary>
    public double OtherClientsLeaving { get; set; } = 0.05;

    /// <summary>Weeks a seat stays empty before the replacement starts (its clients are not worked); default 8 (assumption).</summary>
    public int HiringDelayWeeks { get; set; } = 8;

    /// <summary>Cost of hiring a replacement (search, onboarding), booked when the manager leaves; default 3,000 (assumption).</summary>
    public decimal HiringCost { get; set; } = 3_000m;

    /// <summary>Weeks a new hire needs to reach full conversion (linear ramp from 0); default 12 (assumption).</summary>
    public int RampUpWeeks { get; set; } = 12;

    /// <summary>Trainees making block-1 cold calls and booking meetings for the hunters (seeds 001, 003); default 0.</summary>
    public int Trainees { get; set; }

    /// <summary>Monthly salary of a trainee; default 1,200 (assumption: cheaper than a manager, seed 003).</summary>
    public decimal TraineeMonthlySalary { get; set; } = 1_200m;

    /// <summary>Productive calls a trainee makes a week; default 60 (seed 001's telemarketing blocks; the figure an assumption).</summary>
    public int TraineeCallsPerWeek { get; set; } = 60;

    /// <summary>Share of a trainee's calls that book a meeting; default 0.18, below a manager's 0.24 (assumption).</summary>
    public double TraineeCallToMeeting { get; set; } = 0.18;

    /// <summary>
    /// Hours a week the head of sales spends joining the acquirers' closings (block 3, seeds 001, 003; DOMAIN.md §7);
    /// default 0: the head's time is not modelled and results are unchanged.
    /// </summary>
    public double HeadHoursPerWeek { get; set; }

    /// <summary>Hours the head spends joining the closing of one productive meeting (with travel); default 1.5, a meeting's hours (assumption).</summary>
    public double HeadHoursPerClosing { get; set; } = 1.5;

    /// <summary>
    /// Multiplier on the productive meeting → deal conversion when the head joins the closing (capped at probability
    /// 1); default 1.3 (assumption). 1 spends the head's hours without effect.
    /// </summary>
    public double HeadClosingLift { get; set; } = 1.3;

    /// <summary>
    /// Monthly cost of the head charged to the sales force while its time is modelled (booked with the salaries, and to
    /// the hunting channel); default 0: the head is paid from overheads whatever it does (assumption).
    /// </summary>
    public decimal HeadCost { get; set; }
}
