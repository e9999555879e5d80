def test_world_builds(world):
    assert len(world.files) == 4
