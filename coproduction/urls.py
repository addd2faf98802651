"""Public URLs of the coproduction app: co-production pages and feedback."""

from django.urls import path

from coproduction import views

app_name = "coproduction"

urlpatterns = [
    path("co-production/", views.hub, name="hub"),
    path("co-production/pledge/", views.pledge, name="pledge"),
    path("co-production/pledge/check-your-email/", views.pledge_done, name="pledge-done"),
    path("co-production/pledge/confirm/<str:token>/", views.pledge_confirm, name="pledge-confirm"),
    path("co-production/pledge/withdraw/<str:token>/", views.pledge_withdraw, name="pledge-withdraw"),
    path("co-production/pledge/who-has-pledged/", views.pledge_wall, name="pledge-wall"),
    path("co-production/interview-panels/", views.panels, name="panels"),
    path("co-production/interview-panels/thank-you/", views.panels_done, name="panels-done"),
    path("co-production/forums/", views.forums, name="forums"),
    path("co-production/forums/booked/", views.booking_done, name="booking-done"),
    path("co-production/forums/cancel/<str:token>/", views.booking_cancel, name="booking-cancel"),
    path("co-production/forums/calendar.ics", views.events_feed, name="events-feed"),
    path("co-production/forums/<slug:slug>/calendar.ics", views.event_calendar, name="event-calendar"),
    path("co-production/forums/<slug:slug>/", views.event, name="event"),
    path("co-production/you-said-we-did/", views.you_said_we_did, name="you-said-we-did"),
    path("services/<slug:slug>/report-a-problem/", views.report_problem, name="report-problem"),
    path("services/<slug:slug>/report-a-problem/sent/", views.report_done, name="report-done"),
    path("feedback/", views.give_feedback, name="feedback"),
    path("feedback/sent/", views.feedback_done, name="feedback-done"),
    path("feedback/page-useful/", views.page_vote, name="page-vote"),
    path("feedback/page-useful/what-went-wrong/", views.page_comment, name="page-comment"),
]
