using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class ProposingACandidate
{
    [Fact]
    public void FailingScorecardCannotBeProposed()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Build();

        var refused = Assert.Throws<DomainException>(
            () => candidate.Propose("truong-chi-hoi", "village", passesRule: false, CandidateBuilder.At));

        Assert.Equal("Không thể đề nghị: phiếu đánh giá chưa đạt", refused.Message);
        Assert.Equal(CandidateState.Draft, candidate.State);
        Assert.Empty(candidate.History);
    }

    [Fact]
    public void OnlyTheBranchOfTheFirstStepMayPropose()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().Build();

        var refused = Assert.Throws<DomainException>(
            () => candidate.Propose("can-bo-xa", "commune", passesRule: true, CandidateBuilder.At));

        Assert.Equal(
            "Không thể đề nghị: chỉ cấp thực hiện bước “Chi hội khuyến học thôn thẩm định, đề nghị” mới được đề nghị",
            refused.Message);
    }

    [Fact]
    public void ProposingSendsTheFileToTheCommune()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().Build();

        candidate.Propose("truong-chi-hoi", "village", passesRule: true, CandidateBuilder.At);

        Assert.Equal(CandidateState.InReview, candidate.State);
        Assert.Equal("commune", candidate.CurrentStep.LevelCode);
        Assert.Equal("Đang xét duyệt — UBND xã xem xét, chuyển lên", candidate.StatusText);
    }

    [Fact]
    public void ReturnedCandidateCanBeFixedAndProposedAgain()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().In("ReturnedToBranch").Build();

        candidate.Propose("truong-chi-hoi", "village", passesRule: true, CandidateBuilder.At);

        Assert.Equal(CandidateState.InReview, candidate.State);
        Assert.Null(candidate.Reason);
    }

    [Fact]
    public void ReturnedCandidateStillNeedsAPassingScorecardToBeProposedAgain()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().In("ReturnedToBranch").Build();

        Assert.Throws<DomainException>(
            () => candidate.Propose("truong-chi-hoi", "village", passesRule: false, CandidateBuilder.At));
        Assert.Equal(CandidateState.Returned, candidate.State);
    }
}
