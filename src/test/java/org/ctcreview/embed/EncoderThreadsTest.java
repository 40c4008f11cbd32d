package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.pytorch.jni.JniUtils;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Several workers use one libtorch thread each; every other thread keeps the process default (e.g. StarDist). */
class EncoderThreadsTest {

    private static int onAFreshThread() throws InterruptedException {
        AtomicInteger n = new AtomicInteger();
        Thread t = new Thread(() -> n.set(JniUtils.getNumThreads()));
        t.start();
        t.join();
        return n.get();
    }

    @Test
    void twoWorkersUseOneIntraOpThreadEachAndLeaveTheDefaultAlone() throws InterruptedException {
        try (CellEncoder single = CellEncoder.open(EncoderFixture.model(), new CellEncoder.Options(8, 1))) {
            int processDefault = onAFreshThread();
            int here = JniUtils.getNumThreads();
            assertTrue(single.workerIntraOpThreads().stream().allMatch(n -> n == processDefault),
                    single.workerIntraOpThreads() + " vs default " + processDefault);
            try (CellEncoder two = CellEncoder.open(EncoderFixture.model(), new CellEncoder.Options(8, 2))) {
                assertTrue(two.workerIntraOpThreads().stream().allMatch(n -> n == 1), two.workerIntraOpThreads().toString());
                assertEquals(processDefault, onAFreshThread(), "threads started later get the default");
                assertEquals(here, JniUtils.getNumThreads(), "the opening thread is unchanged");
            }
        }
    }
}
