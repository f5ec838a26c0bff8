using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Data;

/// <summary>
/// How many of a year's CDHT cards of one village and group stand in one place of the process: a histogram over the
/// facts every count of the portal is made of (card status, verdict, the candidate's state, route and step, and for a
/// recognised card its TC2.1 score and its run of consecutive recognised years). Dashboards, inboxes, results and
/// reports read these few rows instead of the cards. <see cref="CardTallyKeeper"/> moves them in the
/// transaction of every change to a card, by atomic increments, so several web instances on one database stay right;
/// <c>rebuild-counts</c> recounts them from the cards.
/// </summary>
public sealed class CardTally
{
    public int Year { get; set; }

    public int VillageId { get; set; }

    public int GroupId { get; set; }

    public ScorecardStatus Status { get; set; }

    /// <summary>The appraisal's verdict: null before appraisal.</summary>
    public Verdict Verdict { get; set; }

    /// <summary>False while the card has no candidate (never proposed); <see cref="State"/> is then Draft.</summary>
    public bool HasCandidate { get; set; }

    public CandidateState State { get; set; }

    /// <summary>The candidate's route; empty without a candidate.</summary>
    public string RouteCode { get; set; } = string.Empty;

    public int StepOrder { get; set; }

    /// <summary>A recognised card's appraised TC2.1 score (digital skills are judged against the cut-off when read); else 0.</summary>
    public int DigitalScore { get; set; }

    /// <summary>A recognised card's run of consecutive recognised years ending with this one (capped); else 0.</summary>
    public int Run { get; set; }

    public int Count { get; set; }
}

/// <summary>The appraisal's verdict as a tally key (a key cannot be null).</summary>
public enum Verdict
{
    NotAppraised = 0,
    Failed = 1,
    Passed = 2,
}
