using LearningSociety.Domain.Approvals;
using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningSociety.TestSupport;

/// <summary>How far a test card has travelled: scorecard steps, then the approval route.</summary>
public enum CardStage
{
    Registered,
    SelfAssessed,
    Appraised,
    Proposed,
    ReturnedToBranch,
    ReturnedToCommune,
    Withdrawn,
    Rejected,
    Recognised,

    /// <summary>Proposed by the branch and forwarded by the commune: waiting at the district (on the three-tier route).</summary>
    Forwarded,
}

/// <summary>One citizen's card to build; <paramref name="Scores"/> are the ten appraised (and self) scores, TC1.1 … TC3.2.</summary>
public sealed record CardSpec(string Name, string Village, string Group, int[] Scores, CardStage Stage, int BirthYear = 1980,
    Gender Gender = Gender.Female, int RecognisedYearsBefore = 0, bool HistoryConfirmed = true)
{
    public static int[] Uniform(int score) => Enumerable.Repeat(score, 10).ToArray();
}

/// <summary>
/// Builds cards, candidates and decisions through the domain (scorecard and approval intent methods), the way the
/// branch, commune and district would, on the real app's database (<paramref name="portalServices"/>: the running portal's
/// services, as <c>WebApplicationFactory.Services</c> gives them). Many cards go in one save.
/// </summary>
public sealed class CardData(IServiceProvider portalServices, int year)
{
    public int Year { get; } = year;

    /// <summary>Creates the cards and returns their registration ids in order.</summary>
    public async Task<IReadOnlyList<int>> CardsAsync(params IEnumerable<CardSpec> specs)
    {
        var registrations = new List<CdhtRegistration>();
        await WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var villages = await db.AdministrativeUnits.ToDictionaryAsync(u => u.Name);
            var groups = await db.CitizenGroups.ToDictionaryAsync(g => g.Code);
            var rule = await db.RecognitionRules.SingleAsync(r => !r.ForDisadvantagedCommunes);
            var routeDefinition = await db.ApprovalRoutes.Include(r => r.Steps).SingleAsync(r => r.IsActive);
            var route = routeDefinition.ToDomain();
            var at = DateTimeOffset.UtcNow;
            foreach (var spec in specs)
            {
                var citizen = new Citizen(spec.Name, null, spec.BirthYear, spec.Gender, groups[spec.Group].Id, villages[spec.Village].Id, null, null);
                citizen.RecordConsent(new DateOnly(2022, 1, 5), "chihoi");
                db.Citizens.Add(citizen);
                var inputs = IndicatorDefinition.Codes.Select((c, i) => new IndicatorInput(c, spec.Scores[i], null)).ToList();
                for (var y = Year - spec.RecognisedYearsBefore; y < Year; y++)
                {
                    // Earlier years as history: passed cards that never travelled the route (paper decisions).
                    var earlier = new CdhtRegistration(citizen, y, RegistrationChannel.Branch, "chihoi", at);
                    earlier.RecordSelfAssessment(inputs, true, "chihoi", true, at);
                    earlier.Appraise(inputs, rule, true, "chihoi", at);
                    if (earlier.Passed == true)
                    {
                        earlier.RecordPastRecognition($"{100 + y % 100}/QĐ-UBND", new DateOnly(y, 12, 15), withoutDecision: false, Year);
                        if (spec.HistoryConfirmed)
                        {
                            earlier.ConfirmPast("ubndxa", at, Year);
                        }
                    }

                    db.Registrations.Add(earlier);
                }

                var registration = new CdhtRegistration(citizen, Year, RegistrationChannel.Branch, "chihoi", at);
                db.Registrations.Add(registration);
                registrations.Add(registration);
                if (spec.Stage >= CardStage.SelfAssessed)
                {
                    registration.RecordSelfAssessment(inputs, true, "chihoi", true, at);
                }

                if (spec.Stage >= CardStage.Appraised)
                {
                    registration.Appraise(inputs, rule, true, "chihoi", at);
                }

                if (spec.Stage >= CardStage.Proposed)
                {
                    var approval = new CandidateApproval(route, Year);
                    Walk(approval, spec.Stage, at);
                    var candidate = Candidate.For(registration, route.Code);
                    candidate.CopyFrom(approval);
                    db.Candidates.Add(candidate);
                }
            }

            await db.SaveChangesAsync();
        });
        return registrations.Select(r => r.Id).ToList();
    }

    /// <summary>Records a decision of the district over the given recognised cards and locks them, through the decision page's <see cref="DecisionIssuing"/>.</summary>
    public async Task<int> DecisionAsync(string number, DateOnly date, params IEnumerable<int> registrationIds)
    {
        var id = 0;
        await WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var district = await db.AdministrativeUnits.SingleAsync(u => u.Name == "Huyện Quảng Điền");
            var levelCode = (await db.ActiveCdhtRouteAsync()).ToDomain().FinalStep.LevelCode;
            var decision = new RecognitionDecision
            {
                Number = number, Date = date, Year = Year, UnitId = district.Id, IssuingBody = "UBND HUYỆN QUẢNG ĐIỀN",
                SignerName = "Lê Văn Tâm", SignerPosition = "Phó Chủ tịch", CreatedBy = "phonggd", CreatedAt = DateTimeOffset.UtcNow,
            };
            await services.GetRequiredService<DecisionIssuing>().IssueAsync(decision, levelCode, registrationIds.ToList(), CancellationToken.None);
            id = decision.Id;
        });
        return id;
    }

    /// <summary>Sets a unit's adult population for the year, the denominator of the recognised share.</summary>
    public Task SetAdultsAsync(string unitName, int adults) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        var unit = await db.AdministrativeUnits.SingleAsync(u => u.Name == unitName);
        var profile = await db.UnitYearProfiles.SingleOrDefaultAsync(p => p.UnitId == unit.Id && p.Year == Year);
        if (profile is null)
        {
            db.UnitYearProfiles.Add(new LearningSociety.Domain.Units.UnitYearProfile(unit.Id, Year, adults));
        }
        else
        {
            profile.Update(adults);
        }

        await db.SaveChangesAsync();
    });

    /// <summary>
    /// Gives a card evidence as the branch's form would leave it: a note on one indicator (written straight to the entry, so a
    /// locked card can have one too) and <paramref name="files"/> small files attached to the registration.
    /// </summary>
    public Task EvidenceAsync(int registrationId, string? note, int files) => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (note is not null)
        {
            await db.Set<ScorecardEntry>().Where(e => e.RegistrationId == registrationId && e.Code == IndicatorDefinition.Codes[0])
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.EvidenceNote, note));
        }

        for (var i = 1; i <= files; i++)
        {
            db.EvidenceFiles.Add(new EvidenceFile(registrationId, null, $"minh-chung-{i}.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46],
                "chihoi", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    });

    public async Task<int> UnitIdAsync(string name)
    {
        await using var scope = portalServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AdministrativeUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
    }

    private async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = portalServices.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    private static void Walk(CandidateApproval approval, CardStage stage, DateTimeOffset at)
    {
        var route = approval.Route;
        approval.Propose("chihoi", route.FirstStep.LevelCode, passesRule: true, at);
        switch (stage)
        {
            case CardStage.ReturnedToBranch:
                approval.Return("ubndxa", approval.CurrentStep.LevelCode, at, "Thiếu minh chứng");
                break;
            case CardStage.ReturnedToCommune:
                approval.Forward("ubndxa", approval.CurrentStep.LevelCode, at);
                approval.Return("phonggd", approval.CurrentStep.LevelCode, at, "Cần xác minh");
                break;
            case CardStage.Forwarded:
                approval.Forward("ubndxa", approval.CurrentStep.LevelCode, at);
                break;
            case CardStage.Withdrawn:
                approval.Withdraw("chihoi", route.FirstStep.LevelCode, at);
                break;
            case CardStage.Rejected:
                approval.Reject("ubndxa", approval.CurrentStep.LevelCode, at, "Không đủ điều kiện");
                break;
            case CardStage.Recognised:
                while (!approval.CurrentStep.IsFinal)
                {
                    approval.Forward("ubndxa", approval.CurrentStep.LevelCode, at);
                }

                approval.Approve("phonggd", route.FinalStep.LevelCode, at);
                break;
        }
    }
}
