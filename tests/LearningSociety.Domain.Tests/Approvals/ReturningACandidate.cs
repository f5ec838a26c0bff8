using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class ReturningACandidate
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReturnWithoutAReasonIsRefused(string reason)
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        var refused = Assert.Throws<DomainException>(() => candidate.Return("can-bo-xa", "commune", CandidateBuilder.At, reason));

        Assert.Equal("Không thể trả lại: phải nêu lý do", refused.Message);
        Assert.Equal(CandidateState.InReview, candidate.State);
    }

    [Fact]
    public void AReasonLongerThanItsColumnIsRefusedNotCut()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        var refused = Assert.Throws<DomainException>(() =>
            candidate.Return("can-bo-xa", "commune", CandidateBuilder.At, new string('x', 200_000)));

        Assert.Equal("Không thể trả lại: lý do, ghi chú tối đa 1.000 ký tự (đang có 200.000).", refused.Message);
        Assert.Equal(nameof(CandidateApproval.Reason), refused.Field);
        Assert.Equal(CandidateState.InReview, candidate.State);
        Assert.Null(candidate.Reason);
    }

    [Fact]
    public void AReasonAsLongAsItsColumnIsKeptWhole()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        candidate.Return("can-bo-xa", "commune", CandidateBuilder.At, new string('x', CandidateApproval.MaxCommentLength));

        Assert.Equal(CandidateApproval.MaxCommentLength, candidate.Reason!.Length);
    }

    [Fact]
    public void RejectWithoutAReasonIsRefused()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        var refused = Assert.Throws<DomainException>(() => candidate.Reject("can-bo-xa", "commune", CandidateBuilder.At, ""));

        Assert.Equal("Không thể từ chối công nhận: phải nêu lý do", refused.Message);
    }

    [Fact]
    public void ReturnFromTheFirstReviewStepLandsWithTheBranchWithTheReason()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().Proposed().Build();

        candidate.Return("can-bo-xa", "commune", CandidateBuilder.At, "  Thiếu minh chứng  ");

        Assert.Equal(CandidateState.Returned, candidate.State);
        Assert.Equal("village", candidate.CurrentStep.LevelCode);
        Assert.Equal("Thiếu minh chứng", candidate.Reason);
    }

    [Fact]
    public void ReturnFromTheDistrictGoesBackOneStepToTheCommune()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().In("InReviewAtDistrict").Build();

        candidate.Return("can-bo-phong", "district", CandidateBuilder.At, "Sai nhóm đối tượng");

        Assert.Equal(CandidateState.Returned, candidate.State);
        Assert.Equal("commune", candidate.CurrentStep.LevelCode);
    }

    [Fact]
    public void CommuneCannotApproveOnTheThreeTierRoute()
    {
        var candidate = CandidateBuilder.OnThreeTierRoute().Proposed().Build();

        var refused = Assert.Throws<DomainException>(() => candidate.Approve("can-bo-xa", "commune", CandidateBuilder.At));

        Assert.Equal(
            "Không thể công nhận: chỉ cấp thực hiện bước “Phòng GD&ĐT phê duyệt, công nhận” mới được công nhận",
            refused.Message);
    }

    [Fact]
    public void CommuneApprovesOnTheTwoTierRoute()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        candidate.Approve("can-bo-xa", "commune", CandidateBuilder.At);

        Assert.Equal(CandidateState.Recognised, candidate.State);
    }

    [Fact]
    public void CommuneOnTheTwoTierRouteCannotForwardPastTheFinalStep()
    {
        var candidate = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        var refused = Assert.Throws<DomainException>(() => candidate.Forward("can-bo-xa", "commune", CandidateBuilder.At));

        Assert.Contains("bước công nhận cuối cùng", refused.Message);
    }
}
