package org.capacityacademy.learning;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.capacityacademy.TestAccounts;
import org.capacityacademy.account.boundary.AccountService;
import org.capacityacademy.catalog.boundary.Catalog;
import org.capacityacademy.catalog.boundary.CatalogViews.CourseOutline;
import org.capacityacademy.learning.boundary.Learning;
import org.capacityacademy.learning.boundary.Learning.Progress;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One learner opening several lessons at the same moment (two tabs, a prefetch): every visit
 * succeeds, the place to resume is one of them, and lessons completed meanwhile stay completed.
 */
@ExtendWith(ArquillianExtension.class)
class LessonVisitsIT {

    @Inject
    AccountService accounts;

    @Inject
    Learning learning;

    @Inject
    Catalog catalog;

    @Resource
    ManagedExecutorService executor;

    @Test
    void lessonsOpenedAtTheSameMomentAreAllRecordedWithoutAnError() throws Exception {
        CourseOutline course = catalog.course("gge-2013", "en").orElseThrow();
        long courseId = course.card().id();
        List<Long> lessons = new ArrayList<>();
        course.modules().forEach(m -> m.lessons().forEach(l -> lessons.add(l.id())));
        assertTrue(lessons.size() >= 3, "the test course has lessons");
        String email = TestAccounts.uniqueEmail("tabs");
        accounts.register(email, TestAccounts.PASSWORD, TestAccounts.profile("tabs"));
        assertTrue(learning.enrol(email, courseId));

        int parallel = 8;
        for (int round = 0; round < 3; round++) {
            CountDownLatch together = new CountDownLatch(parallel); // as together as the executor's threads allow
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                long lesson = lessons.get((round + i) % lessons.size());
                boolean completing = i == parallel - 1;
                requests.add(executor.submit(() -> {
                    together.countDown();
                    together.await(2, TimeUnit.SECONDS);
                    if (completing) {
                        assertTrue(learning.complete(email, courseId, lesson));
                    } else {
                        learning.visit(email, courseId, lesson);
                    }
                    return null;
                }));
            }
            for (Future<?> request : requests) {
                request.get(120, TimeUnit.SECONDS); // an ExecutionException (e.g. OptimisticLockException) fails the test
            }
        }

        Progress progress = learning.progress(email, courseId);
        assertTrue(progress.enrolled());
        assertTrue(lessons.contains(progress.lastLessonId()), "the place to resume is a lesson opened");
        for (int round = 0; round < 3; round++) {
            long completed = lessons.get((round + parallel - 1) % lessons.size());
            assertTrue(progress.isCompleted(completed), "a lesson completed among the visits stays completed");
        }

        learning.visit(email, courseId, lessons.get(1));
        assertEquals(lessons.get(1), learning.progress(email, courseId).lastLessonId(), "the last visit is the place to resume");
    }
}
